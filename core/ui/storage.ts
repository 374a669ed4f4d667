// Small persistent key-value store for the workspace (settings, recent drafts on this
// device). Hosts pass their own (extension: storage.local); the web page uses localStorage.
// What comes back out is validated: a malformed entry is skipped, never trusted.
import * as v from 'valibot';
import { idSchema } from '../base/ids.js';

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

const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const RECENT_KEY = 'recent-drafts';
/** Enough to outlast every stale copy of a draft's links this device may still pass around. */
const MAX_REVOKED = 20;

const httpUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//));

/** A draft this device has opened: where it lives and the links it knows. */
const recentDraftSchema = v.object({
  id: idSchema,
  title: v.string(),
  serverUrl: httpUrl,
  role: v.picklist(ROLES),
  /** role → token; the owner knows all three, others only their own. */
  tokens: v.partial(v.object({ owner: v.string(), editor: v.string(), viewer: v.string() })),
  /** Tokens this device learnt no longer work (revoked or renewed): never merged back in. */
  revoked: v.optional(v.array(v.string())),
  /** ISO timestamp of the last opening; the list is sorted on it. */
  openedAt: v.string(),
});
export type RecentDraft = v.InferOutput<typeof recentDraftSchema>;

/** The drafts this device remembers, most recent first; malformed entries are skipped. */
export async function listRecent(store: KeyValueStore): Promise<RecentDraft[]> {
  const raw = await store.get<unknown>(RECENT_KEY);
  if (!Array.isArray(raw)) return [];
  const valid = raw.flatMap((entry) => {
    const parsed = v.safeParse(recentDraftSchema, entry);
    return parsed.success ? [parsed.output] : [];
  });
  return valid.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
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

/** Removes a draft and its links from this device's list (its local databases: session.ts). */
export async function forgetDraft(store: KeyValueStore, draft: Pick<RecentDraft, 'id' | 'serverUrl'>): Promise<void> {
  const list = await listRecent(store);
  await store.set(RECENT_KEY, list.filter((d) => d.id !== draft.id || d.serverUrl !== draft.serverUrl));
}

export interface Settings {
  /** The default server, where new drafts are created; '' until the user picks one (the extension asks at the first new draft). */
  serverUrl: string;
  name: string;
  organisation: string;
  lang: 'nl' | 'en';
}

/** A stored server that is no http(s) address (or none) gives the default's, '' when there is none. */
export async function loadSettings(store: KeyValueStore, defaults: Settings): Promise<Settings> {
  const raw = (await store.get<Partial<Settings>>('settings')) ?? {};
  return {
    serverUrl: v.is(httpUrl, raw.serverUrl) ? raw.serverUrl : defaults.serverUrl,
    name: typeof raw.name === 'string' ? raw.name.slice(0, 80) : defaults.name,
    organisation: typeof raw.organisation === 'string' ? raw.organisation.slice(0, 120) : defaults.organisation,
    lang: raw.lang === 'en' || raw.lang === 'nl' ? raw.lang : defaults.lang,
  };
}

export function saveSettings(store: KeyValueStore, settings: Settings): Promise<void> {
  return store.set('settings', settings);
}
