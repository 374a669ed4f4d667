// Screens that are not shown at first, loaded when first shown (a chunk of their own in the
// browser builds): a polite "loading" status meanwhile, an alert with a retry when the chunk
// could not be had. Once loaded a screen renders at once, and `preloadScreens` fetches them all
// while the page is idle, so that switching tabs later waits for nothing.
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useUi } from './context.js';

interface Loader<P> {
  load: () => Promise<ComponentType<P>>;
  loaded: ComponentType<P> | null;
  pending: Promise<ComponentType<P>> | null;
}

const loaders: Loader<never>[] = [];

function fetchScreen<P>(l: Loader<P>): Promise<ComponentType<P>> {
  l.pending ??= l.load().then(
    (c) => (l.loaded = c),
    (e: unknown) => {
      l.pending = null; // Another try may work (e.g. back online).
      throw e;
    },
  );
  return l.pending;
}

/** A component that renders the screen `load` brings, once it is here. */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  const l: Loader<P> = { load, loaded: null, pending: null };
  loaders.push(l as Loader<never>);
  return function LazyScreen(props: P) {
    const [, setReady] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (l.loaded || failed) return;
      let live = true;
      fetchScreen(l).then(
        () => live && setReady((n) => n + 1),
        (e: unknown) => {
          console.error(e);
          if (live) setFailed(true);
        },
      );
      return () => void (live = false);
    }, [failed]);
    const Screen = l.loaded;
    if (Screen) return <Screen {...props} />;
    return failed ? <LoadFailed onRetry={() => setFailed(false)} /> : <Loading />;
  };
}

/** Fetches every lazy screen when the page is idle (after the first render). */
export function preloadScreens(): void {
  const idle = (cb: () => void) => ('requestIdleCallback' in globalThis ? requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 200));
  idle(() => {
    for (const l of loaders) fetchScreen(l).catch(() => undefined);
  });
}

function Loading() {
  const { t } = useUi();
  return (
    <p class="loading" role="status">
      {t('ui.loading')}
    </p>
  );
}

function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useUi();
  const failed = t('ui.lazy.failed');
  const retry = t('ui.lazy.retry');
  return (
    <div role="alert">
      <p>{failed}</p>
      <button type="button" onClick={onRetry}>
        {retry}
      </button>
    </div>
  );
}
