// The annotator of one page, wiring the plain modules together for the content script:
// page text → anchors → highlights, selection → toolbar → a draft sent to the extension,
// and the extension's messages (load, scroll-to, remove, clear). Anchoring runs time-sliced
// (idle callbacks, see core/anchoring/schedule.ts), and so does building the page text, so
// a big page never freezes; a selection on an unchanged page reuses the last text; a page that
// changes after loading is re-anchored (reanchor-on-change.ts). It holds nothing beyond the
// current page's annotations; the side panel owns and stores the data.
import { anchorAllSliced } from '../../core/anchoring/anchor.js';
import { CancelledError, runSliced } from '../../core/anchoring/schedule.js';
import type { Annotation } from '../../core/anchoring/annotation.js';
import { describeTextRange, type AnchorResult } from '../../core/anchoring/selectors.js';
import { normalizeUrl } from '../../core/anchoring/url.js';
import { createHighlighter, type Highlighter, type HighlighterOptions, type HighlightWindow } from './highlight.js';
import { parseToPage, type FromPageMessage, type ToPageMessage } from '../../core/anchoring/messages.js';
import { isFromExtension, type SenderLike } from '../lib/senders.js';
import { buildPageText, isCurrent, offsetsFromRange, pageTextSteps, rangeFromOffsets, UI_ATTRIBUTE, type PageText } from './page-text.js';
import { scrollToAnnotation } from './scroll.js';
import { createSelectionToolbar, type SelectionToolbar } from './toolbar.js';
import { idlePause, watchPageText, type ChangeWindow } from './reanchor-on-change.js';

export type AnnotatorWindow = HighlightWindow &
  ChangeWindow &
  Pick<Window, 'getComputedStyle' | 'location'> &
  Partial<Pick<Window, 'matchMedia'>>;

export interface AnnotatorOptions {
  doc: Document;
  win: AnnotatorWindow;
  /** This extension's runtime id (browser.runtime.id): only its messages are handled. */
  runtimeId: string;
  /** Send a message to the extension (e.g. browser.runtime.sendMessage). */
  send(message: FromPageMessage): void;
  highlight?: HighlighterOptions;
  /** Ignore mouse events the page's scripts dispatched (the content script sets this). */
  trustedEventsOnly?: boolean;
  /** Told the length (ms) of each slice of work on the page's main thread: text building and anchoring (for measuring). */
  onSlice?: (ms: number, work: 'text' | 'anchor' | 'highlight') => void;
}

export interface Annotator {
  /** The normalised URL of this page (canonical link honoured on the same site). */
  readonly url: string;
  /** Handle a runtime message; returns false when it was rejected (sender or shape). */
  handleMessage(data: unknown, sender: SenderLike | null | undefined): boolean;
  /**
   * Rebuild the page text and re-anchor, time-sliced (also done by itself, debounced, when
   * the page's text changes). Resolves when the highlights are in place; a newer refresh
   * supersedes a running one.
   */
  refresh(): Promise<void>;
  /** Resolves when the anchoring under way (if any) has finished and been reported. */
  settled(): Promise<void>;
  /** Anchors of the current annotations, by id (null: orphaned). */
  anchors(): ReadonlyMap<string, AnchorResult | null>;
  /** Open the toolbar for the current selection (also on mouseup); false without one. */
  openForSelection(): boolean;
  /** Tell the extension again that this page has a running annotator (re-injection). */
  announce(): void;
  readonly highlighter: Highlighter;
  readonly toolbar: SelectionToolbar;
  destroy(): void;
}

export function pageUrl(doc: Document, win: Pick<Window, 'location'>): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.getAttribute('href');
  return normalizeUrl(win.location.href, canonical);
}

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, win, send } = options;
  const url = pageUrl(doc, win);
  const highlighter: Highlighter = createHighlighter(doc, win, options.highlight);
  let annotations: Annotation[] = [];
  let anchors = new Map<string, AnchorResult | null>();
  // The page text and its index, built (time-sliced) by each render; `indexVersion` is the
  // watcher's version it was built at, so a selection on an unchanged page reuses it.
  let index: PageText = { text: '', nodes: [], starts: [] };
  let indexVersion = Number.NaN;

  const toolbar: SelectionToolbar = createSelectionToolbar(doc, {
    partners: [],
    onSubmit(values) {
      if (!pending) return;
      const [quote, position] = describeTextRange(pending.text, pending.start, pending.end);
      send({ type: 'annotator/create', draft: { url, title: doc.title.slice(0, 500), selectors: [quote, position], ...values } });
      pending = null;
      doc.getSelection()?.removeAllRanges();
    },
    onCancel() {
      pending = null;
    },
  });
  /** The selection being tagged, in the page text it was taken from (a render may build a newer one meanwhile). */
  let pending: { start: number; end: number; text: string } | null = null;
  let loaded = false;
  let tagWhenLoaded = false;
  /** Bumped by each render: an older, still running one stops at its next slice. */
  let generation = 0;
  let running: Promise<void> = Promise.resolve();
  const root = () => doc.body ?? doc.documentElement;
  const pause = idlePause(win);

  const sliced = (work: 'text' | 'anchor', cancelled: () => boolean) => ({
    pause,
    cancelled,
    onSlice: options.onSlice && ((ms: number) => options.onSlice!(ms, work)),
  });
  /** The page text now, built in slices; null when cancelled. */
  const buildSliced = async (cancelled: () => boolean): Promise<{ built: PageText; version: number } | null> => {
    const version = watcher.version();
    try {
      return { built: await runSliced(pageTextSteps(root(), win), sliced('text', cancelled)), version };
    } catch (e) {
      if (e instanceof CancelledError) return null;
      throw e;
    }
  };
  /** The page text the watcher built last (reused by the render it starts, if the page did not change since). */
  let watched: { built: PageText; version: number } | null = null;

  /** Build the page text and anchor the annotations in it, time-sliced; the newest call wins. */
  const render = (prebuilt: { built: PageText; version: number } | null = null): Promise<void> => {
    const gen = ++generation;
    const cancelled = () => gen !== generation;
    running = (async () => {
      const fresh = prebuilt && prebuilt.version === watcher.version() ? prebuilt : await buildSliced(cancelled);
      if (!fresh || cancelled()) return;
      index = fresh.built;
      indexVersion = fresh.version;
      watcher.seen(index.text);
      const list = annotations;
      if (list.length === 0) {
        watcher.quietly(() => highlighter.clear());
        anchors = new Map();
        return;
      }
      let results: (AnchorResult | null)[];
      try {
        results = await anchorAllSliced(index.text, list.map((a) => a.selectors), sliced('anchor', cancelled));
      } catch (e) {
        if (e instanceof CancelledError) return;
        throw e;
      }
      if (cancelled()) return;
      // The highlights in a task of their own, after a pause (not at the end of the last slice).
      await pause();
      if (cancelled()) return;
      // The page changed while anchoring ran (the text's nodes are no longer the page's):
      // anchor again on the new text rather than highlight what may have moved.
      if (!isCurrent(index)) {
        void render();
        return;
      }
      const t0 = performance.now();
      watcher.quietly(() => apply(list, results));
      options.onSlice?.(performance.now() - t0, 'highlight');
    })();
    return running;
  };

  /** Highlights for the anchored results, all at once, and the report to the side panel. */
  const apply = (list: Annotation[], results: (AnchorResult | null)[]) => {
    highlighter.clear();
    // Annotations removed while anchoring ran are left out.
    const live = new Set(annotations.map((a) => a.id));
    const pairs = list.map((a, i) => ({ id: a.id, r: results[i] ?? null })).filter((x) => live.has(x.id));
    anchors = new Map(pairs.map((x) => [x.id, x.r]));
    // Wrapping splits text nodes; going from the end of the page backwards keeps the
    // offsets of what is still to come valid. (render checked that the index is current.)
    const order = pairs
      .filter((x): x is { id: string; r: AnchorResult } => !!x.r)
      .sort((x, y) => y.r.start - x.r.start);
    for (const { id, r } of order) {
      const range = rangeFromOffsets(index, r.start, r.end);
      if (range) highlighter.add(id, range);
      else anchors.set(id, null);
    }
    send({
      type: 'annotator/anchored',
      url,
      results: pairs.map(({ id }) => {
        const r = anchors.get(id) ?? null;
        return { id, status: r ? 'anchored' : 'orphaned', score: r ? r.score : null };
      }),
    });
  };

  const handle = (m: ToPageMessage) => {
    switch (m.type) {
      case 'annotator/load':
        if (m.url !== url) return;
        annotations = m.annotations.filter((a) => a.url === url) as Annotation[];
        toolbar.setPartners(m.partners);
        if (m.lang) toolbar.setLang(m.lang);
        loaded = true;
        void render();
        if (tagWhenLoaded) {
          tagWhenLoaded = false;
          openForSelection();
        }
        return;
      case 'annotator/scroll-to':
        scrollToAnnotation(highlighter, m.id, win);
        return;
      case 'annotator/remove':
        annotations = annotations.filter((a) => a.id !== m.id);
        anchors.delete(m.id);
        watcher.quietly(() => highlighter.remove(m.id));
        return;
      case 'annotator/clear':
        generation++;
        annotations = [];
        anchors.clear();
        watcher.quietly(() => highlighter.clear());
        return;
      case 'annotator/tag-selection':
        // Right after injection (context menu) the partners are not there yet: wait for them.
        if (loaded) openForSelection();
        else tagWhenLoaded = true;
        return;
    }
  };

  const openForSelection = (): boolean => {
    const sel = doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return false;
    const range = sel.getRangeAt(0);
    // The index of the last build still holds when the DOM has not changed since; else
    // (rarely: the page changed just before the selection) it is built now, at once.
    const version = watcher.version();
    if (version !== indexVersion) {
      index = buildPageText(root(), win);
      indexVersion = version;
    }
    const offsets = offsetsFromRange(index, range);
    if (!offsets || index.text.slice(offsets.start, offsets.end).trim() === '') return false;
    pending = { ...offsets, text: index.text };
    const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
    toolbar.open(index.text.slice(offsets.start, offsets.end), rect?.left ?? 0, (rect?.bottom ?? 0) + 8);
    return true;
  };

  const onMouseUp = (e: MouseEvent) => {
    if (options.trustedEventsOnly && !e.isTrusted) return;
    if ((e.target as Element | null)?.closest?.(`[${UI_ATTRIBUTE}]`)) return;
    if (openForSelection()) return;
    // A click elsewhere on the page dismisses the toolbar.
    if (toolbar.isOpen()) {
      toolbar.close();
      pending = null;
    }
    // A click on a highlight tells the side panel which annotation was meant.
    const caret = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(
      e.clientX,
      e.clientY,
    );
    if (!caret) return;
    for (const a of annotations) {
      const r = highlighter.rangeOf(a.id);
      if (r?.isPointInRange(caret.startContainer, caret.startOffset)) {
        send({ type: 'annotator/activated', id: a.id });
        return;
      }
    }
  };
  doc.addEventListener('mouseup', onMouseUp);

  // The page changed (content loaded later, a feed, an expanded section): anchor again,
  // but only when there is something to anchor and the visible text really differs.
  const watcher = watchPageText(doc, win, {
    text: async () => {
      const gen = generation;
      watched = await buildSliced(() => gen !== generation);
      if (!watched) return null;
      // The same text (e.g. after wrapping highlights split its nodes): the fresher index
      // serves the next selection; the offsets in it are the same.
      if (watched.built.text === index.text) [index, indexVersion] = [watched.built, watched.version];
      return watched.built.text;
    },
    wanted: () => annotations.length > 0,
    changed: () => void render(watched),
  });

  const announce = () => send({ type: 'annotator/ready', url, title: doc.title.slice(0, 500) });
  announce();

  return {
    announce,
    url,
    handleMessage(data, sender) {
      if (!isFromExtension(sender, options.runtimeId)) return false;
      const m = parseToPage(data);
      if (!m) return false;
      handle(m);
      return true;
    },
    refresh: render,
    settled: () => running,
    anchors: () => anchors,
    openForSelection,
    highlighter,
    toolbar,
    destroy() {
      generation++;
      watcher.stop();
      doc.removeEventListener('mouseup', onMouseUp);
      highlighter.destroy();
      toolbar.destroy();
      annotations = [];
      anchors = new Map();
    },
  };
}
