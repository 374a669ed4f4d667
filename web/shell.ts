// Registers the service worker that keeps the app shell for offline use (web/service-worker.ts)
// and tells the page when a new version is waiting; taking it is the person's choice.

export interface ShellUpdates {
  /** Called once a new version is installed and waiting; `apply` reloads the page into it. */
  onUpdate(apply: () => void): void;
}

export function registerShell({ onUpdate }: ShellUpdates): void {
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let reloading = false;
  const offer = (worker: ServiceWorker) =>
    onUpdate(() => {
      sw.addEventListener('controllerchange', () => {
        if (!reloading) {
          reloading = true;
          window.location.reload();
        }
      });
      worker.postMessage({ type: 'samenspel:activate-update' });
    });
  void sw.register('/sw.js').then((reg) => {
    // Only an update (a page already controlled) is offered; the first install just takes over.
    if (reg.waiting && sw.controller) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const incoming = reg.installing;
      incoming?.addEventListener('statechange', () => {
        if (incoming.state === 'installed' && sw.controller) offer(incoming);
      });
    });
  });
}
