// Small persistent key-value store for the workspace (settings, recent drafts on this
// device). Hosts pass their own (extension: storage.local); the web page uses localStorage.

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export function localStorageStore(prefix = 'samenspel:'): KeyValueStore {
  return {
    async get<T>(key: string) {
      try {
        const raw = globalThis.localStorage?.getItem(prefix + key);
        return raw == null ? undefined : (JSON.parse(raw) as T);
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      globalThis.localStorage?.setItem(prefix + key, JSON.stringify(value));
    },
  };
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    async get<T>(key: string) {
      const raw = map.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    async set(key, value) {
      map.set(key, JSON.stringify(value));
    },
  };
}

export type Role = 'owner' | 'editor' | 'viewer';

/** A draft this device has opened: where it lives and the links it knows. */
export interface RecentDraft {
  id: string;
  title: string;
  serverUrl: string;
  role: Role;
  /** role → token; the owner knows all three, others only their own. */
  tokens: Partial<Record<Role, string>>;
  openedAt: string;
}

const RECENT_KEY = 'recent-drafts';
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

function isRecent(value: unknown): value is RecentDraft {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return typeof r.id === 'string' && ID_RE.test(r.id) && typeof r.serverUrl === 'string' && typeof r.title === 'string' &&
    (r.role === 'owner' || r.role === 'editor' || r.role === 'viewer') && !!r.tokens && typeof r.tokens === 'object';
}

export async function listRecent(store: KeyValueStore): Promise<RecentDraft[]> {
  const raw = await store.get<unknown[]>(RECENT_KEY);
  return Array.isArray(raw) ? raw.filter(isRecent).sort((a, b) => b.openedAt.localeCompare(a.openedAt)) : [];
}

/** Adds or updates a draft (merging the tokens it knows), most recent first. */
export async function rememberDraft(store: KeyValueStore, draft: RecentDraft): Promise<RecentDraft> {
  const list = await listRecent(store);
  const before = list.find((d) => d.id === draft.id && d.serverUrl === draft.serverUrl);
  const rank: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };
  const merged: RecentDraft = before
    ? {
        ...before,
        ...draft,
        title: draft.title || before.title,
        role: rank[before.role] > rank[draft.role] && before.tokens[before.role] ? before.role : draft.role,
        tokens: { ...before.tokens, ...draft.tokens },
      }
    : draft;
  const rest = list.filter((d) => d !== before);
  await store.set(RECENT_KEY, [merged, ...rest].slice(0, 30));
  return merged;
}

export async function forgetDraft(store: KeyValueStore, id: string): Promise<void> {
  const list = await listRecent(store);
  await store.set(RECENT_KEY, list.filter((d) => d.id !== id));
}

export interface Settings {
  serverUrl: string;
  name: string;
  organisation: string;
  lang: 'nl' | 'en';
}

export async function loadSettings(store: KeyValueStore, defaults: Settings): Promise<Settings> {
  const raw = (await store.get<Partial<Settings>>('settings')) ?? {};
  return {
    serverUrl: typeof raw.serverUrl === 'string' && /^https?:\/\//.test(raw.serverUrl) ? raw.serverUrl : defaults.serverUrl,
    name: typeof raw.name === 'string' ? raw.name.slice(0, 80) : defaults.name,
    organisation: typeof raw.organisation === 'string' ? raw.organisation.slice(0, 120) : defaults.organisation,
    lang: raw.lang === 'en' || raw.lang === 'nl' ? raw.lang : defaults.lang,
  };
}

export function saveSettings(store: KeyValueStore, settings: Settings): Promise<void> {
  return store.set('settings', settings);
}
