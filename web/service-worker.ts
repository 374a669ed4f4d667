// The web page's service worker: keeps the app shell (the built page, its scripts, styles and
// icons) so a partner who opened a draft once can open and edit it offline; the draft itself
// lives in IndexedDB and syncs when the server is back. It never touches the API, the sync
// socket or the add-in: only the precached shell is ever answered from the cache, so no token
// or draft content is cached here. A new version waits until the page asks it to take over
// (the page offers "Nieuwe versie — herladen"), so nobody is reloaded mid-edit.

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ServiceWorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}

const scope = self as unknown as ServiceWorkerScope;

/** Replaced at build (vite.web.config.ts) by the shell's files and a version made from their contents. */
const SHELL = JSON.parse('__SAMENSPEL_SHELL__') as { version: string; files: string[] };
const CACHE = `samenspel-shell-${SHELL.version}`;
const SHELL_PAGE = '/index.html';

scope.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL.files)));
});

scope.addEventListener('activate', (e) => {
  e.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('samenspel-shell-') && key !== CACHE) await caches.delete(key);
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('message', (e) => {
  if ((e.data as { type?: unknown } | null)?.type === 'samenspel:activate-update') void scope.skipWaiting();
});

const isPagePath = (path: string) => path === '/' || path === SHELL_PAGE || /^\/d\/[A-Za-z0-9_-]+\/?$/.test(path);

scope.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== scope.location.origin) return;
  const path = url.pathname;
  const cached = isPagePath(path) ? SHELL_PAGE : SHELL.files.includes(path) ? path : null;
  if (!cached) return; // API, sync socket, add-in, anything else: the network, untouched.
  e.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(cached)) ?? fetch(e.request)),
  );
});
