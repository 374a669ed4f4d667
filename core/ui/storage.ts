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
  /** Tokens this device learnt no longer work (revoked or renewed): never merged back in. */
  revoked?: string[];
  openedAt: string;
}

const RECENT_KEY = 'recent-drafts';
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const ROLES: Role[] = ['owner', 'editor', 'viewer'];
/** Enough to outlast every stale copy of a draft's links this device may still pass around. */
const MAX_REVOKED = 20;

function isRecent(value: unknown): value is RecentDraft {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return typeof r.id === 'string' && ID_RE.test(r.id) && typeof r.serverUrl === 'string' && typeof r.title === 'string' &&
    (r.role === 'owner' || r.role === 'editor' || r.role === 'viewer') && !!r.tokens && typeof r.tokens === 'object' &&
    (r.revoked === undefined || (Array.isArray(r.revoked) && r.revoked.every((x) => typeof x === 'string')));
}

export async function listRecent(store: KeyValueStore): Promise<RecentDraft[]> {
  const raw = await store.get<unknown[]>(RECENT_KEY);
  return Array.isArray(raw) ? raw.filter(isRecent).sort((a, b) => b.openedAt.localeCompare(a.openedAt)) : [];
}

/**
 * Adds or updates a draft, most recent first. Tokens are merged per role (the new one
 * first), but a token either side marked as revoked never comes back, so a stale copy of
 * the draft (an open session's, another tab's) cannot undo a revocation.
 */
export async function rememberDraft(store: KeyValueStore, draft: RecentDraft): Promise<RecentDraft> {
  const list = await listRecent(store);
  const before = list.find((d) => d.id === draft.id && d.serverUrl === draft.serverUrl);
  const revoked = [...new Set([...(before?.revoked ?? []), ...(draft.revoked ?? [])])].slice(-MAX_REVOKED);
  const tokens: RecentDraft['tokens'] = {};
  for (const role of ROLES) {
    const token = [draft.tokens[role], before?.tokens[role]].find((x) => x && !revoked.includes(x));
    if (token) tokens[role] = token;
  }
  const rank: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };
  const merged: RecentDraft = {
    ...before,
    ...draft,
    title: draft.title || (before?.title ?? ''),
    role: before && rank[before.role] > rank[draft.role] && tokens[before.role] ? before.role : draft.role,
    tokens,
    ...(revoked.length > 0 ? { revoked } : {}),
  };
  const rest = list.filter((d) => d !== before);
  await store.set(RECENT_KEY, [merged, ...rest].slice(0, 30));
  return merged;
}

/** The draft with `role`'s token replaced (renewed) or removed (null); the old one is marked revoked. */
export function withToken(draft: RecentDraft, role: Role, token: string | null): RecentDraft {
  const old = draft.tokens[role];
  const tokens = { ...draft.tokens };
  if (token) tokens[role] = token;
  else delete tokens[role];
  const revoked = old && old !== token ? [...(draft.revoked ?? []), old].slice(-MAX_REVOKED) : draft.revoked;
  return { ...draft, tokens, ...(revoked ? { revoked } : {}) };
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
