// Noticing that a page's text changed after it loaded (content fetched later, a feed, a
// section expanded), so its annotations are anchored again: a MutationObserver whose
// records are gathered for a short while (debounced, at most one re-anchoring per burst),
// then the visible text is built (time-sliced) and compared with what was last anchored —
// only a real difference re-anchors; a page whose DOM does not change costs nothing. Samenspel's own changes (toolbar, wrapped highlights) are made `quietly`:
// they never re-anchor, since they leave the text as it was. Also the pause between anchoring slices: an idle callback when the browser
// has one, a zero timer otherwise.
import { WRAPPER_TAG } from './highlight.js';
import { UI_ATTRIBUTE } from './page-text.js';

/** The parts of `window` this needs (a fake can be passed in tests). */
export interface ChangeWindow {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: never): void;
  MutationObserver?: typeof MutationObserver | undefined;
  requestIdleCallback?: ((fn: () => void, options?: { timeout: number }) => number) | undefined;
}

/** How long mutations are gathered before the text is compared (ms). */
export const CHANGE_DELAY = 300;
/** An idle callback waits at most this long (ms), so anchoring also progresses on a busy page. */
const IDLE_TIMEOUT = 100;

export interface PageTextWatcher {
  /** The text that was just anchored (changes are measured against it). */
  seen(text: string): void;
  /**
   * A number that changes whenever the DOM changed (Samenspel's own changes included):
   * an index built at the same number is still the page's. Without a MutationObserver it
   * changes on every call.
   */
  version(): number;
  /** Run `fn` (which changes the DOM for Samenspel itself) without it counting as a change. */
  quietly<T>(fn: () => T): T;
  stop(): void;
}

export interface WatchOptions {
  /** The page's visible text now; may take a while (time-sliced). Null: superseded, nothing to compare. */
  text(): string | null | Promise<string | null>;
  /** false: nothing to re-anchor (no annotations), so changes are not even looked at. */
  wanted(): boolean;
  /** The text differs from what was last seen. */
  changed(): void;
}

function own(node: Node | null): boolean {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return !!el?.closest?.(`[${UI_ATTRIBUTE}], ${WRAPPER_TAG}`);
}

/** A record only about Samenspel's own elements (the toolbar host coming and going). */
function ownRecord(r: MutationRecord): boolean {
  if (own(r.target)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && ((n as Element).hasAttribute(UI_ATTRIBUTE) || (n as Element).localName === WRAPPER_TAG));
}

export function watchPageText(doc: Document, win: ChangeWindow, options: WatchOptions): PageTextWatcher {
  let last: string | null = null;
  let timer: unknown = null;
  let version = 0;
  /** Bumped by each check: an older one still building the text is superseded. */
  let checks = 0;
  const Observer = win.MutationObserver ?? doc.defaultView?.MutationObserver;
  const check = async () => {
    timer = null;
    if (!options.wanted()) return;
    const token = ++checks;
    const now = await options.text();
    if (token !== checks || now === null || now === last) return;
    last = now;
    options.changed();
  };
  const noticed = (records: MutationRecord[]) => {
    if (records.length > 0) version++;
    if (timer !== null || !options.wanted()) return;
    if (records.every(ownRecord)) return;
    timer = win.setTimeout(() => void check(), CHANGE_DELAY);
  };
  const observer = Observer ? new Observer(noticed) : null;
  observer?.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'class'],
  });
  return {
    seen(text) {
      last = text;
    },
    version() {
      if (!observer) return ++version;
      const pending = observer.takeRecords();
      if (pending.length > 0) noticed(pending);
      return version;
    },
    quietly(fn) {
      // Records are delivered after this synchronous call: take them now. Wrapping splits
      // the page's own text nodes, so they may not look like ours; the text comparison
      // then finds nothing changed (unless the page itself changed meanwhile).
      const before = observer?.takeRecords() ?? [];
      try {
        return fn();
      } finally {
        noticed([...before, ...(observer?.takeRecords() ?? [])]);
      }
    },
    stop() {
      observer?.disconnect();
      if (timer !== null) win.clearTimeout(timer as never);
      timer = null;
      checks++;
    },
  };
}

/** The pause between anchoring slices: the browser's next idle moment, or a zero timer. */
export function idlePause(win: ChangeWindow): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT });
      else win.setTimeout(resolve, 0);
    });
}
