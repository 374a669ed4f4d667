// A two-way binding between one <input>/<textarea> and one Y.Text, for co-editing plain text:
// a local edit becomes the minimal Y.Text operation at the caret; a remote change is written
// into the field while each person's caret and selection stay where they were *in the text*
// (Yjs relative positions); IME composition is applied once it ends; undo and redo (a
// Y.UndoManager on this binding's own origin) undo my edits, never a partner's. Embeds count
// as one character (U+FFFC), as in Yjs' indexes, so positions never drift. A large paste is
// put into the field at once (setRangeText, cheaper than the browser's own paste) and written
// to the Y.Text in the next task after a frame, so the field shows it before the sync work
// runs; partners' edits arriving meanwhile are mapped past it, as during an IME composition.
import * as Y from 'yjs';
import { textWithEmbeds } from '../../agreement/text-fields.js';

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Why an edit was not taken: the text would be too long, or the draft may not be written. */
export type RefusedReason = 'too-long' | 'read-only';

export interface TextBindingOptions {
  /** Applies a local change in one transaction with `origin`; throws when the draft may not be written. */
  write: (origin: object, change: () => void) => void;
  /** Whether writing is allowed now (checked before undo/redo). */
  canWrite: () => boolean;
  /** Most characters the field may hold (the server's message limit divided by 4 bytes). */
  maxLength: number;
  onRefused?: (reason: RefusedReason) => void;
  /** Told after every change of the field's text, local or remote (e.g. to grow a textarea). */
  onText?: (text: string) => void;
}

/** One step of a Yjs delta. */
type DeltaOp = { retain?: number; insert?: unknown; delete?: number };

/** A paste at least this long is remembered until saved, in case the server refuses it. */
const LARGE_INSERT = 4096;
/** The origin of removing a paste the server refused. */
export const REFUSED_ORIGIN = 'samenspel:refused';

const lengthOf = (insert: unknown) => (typeof insert === 'string' ? insert.length : 1);

/**
 * The changed middle between `before` and `after` when the caret is at `caret` in `after`:
 * a typed or pasted run ends at the caret and the text after the caret is unchanged, so the
 * common suffix is taken first (at most up to the caret), then the common prefix. This puts
 * "a" typed at the start of "aa" at index 0, where a caret-blind diff would put it at 2.
 * Never splits a surrogate pair.
 */
export function diffAtCaret(before: string, after: string, caret: number): { index: number; remove: number; insert: string } {
  const maxSuffix = Math.min(before.length, after.length, Math.max(0, after.length - caret));
  let suffix = 0;
  while (suffix < maxSuffix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLow(before.charCodeAt(before.length - suffix))) suffix--;
  const maxPrefix = Math.min(before.length, after.length) - suffix;
  let prefix = 0;
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHigh(before.charCodeAt(prefix - 1))) prefix--;
  return { index: prefix, remove: before.length - prefix - suffix, insert: after.slice(prefix, after.length - suffix) };
}
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where `pos` ends up after `delta`. `stickLeft`: an insertion exactly at `pos` goes after it
 * (a caret stays behind its own last character instead of being pushed by a partner's text).
 */
export function mapThroughDelta(delta: DeltaOp[], pos: number, stickLeft: boolean): number {
  let old = 0;
  let moved = pos;
  for (const op of delta) {
    if (old > pos) break;
    if (op.retain !== undefined) old += op.retain;
    else if (op.insert !== undefined) {
      if (old < pos || (old === pos && !stickLeft)) moved += lengthOf(op.insert);
    } else if (op.delete !== undefined) {
      if (old < pos) moved -= Math.min(op.delete, pos - old);
      old += op.delete;
    }
  }
  return moved;
}

export class TextBinding {
  readonly undoManager: Y.UndoManager;
  private shadow: string;
  private composing = false;
  /** A large paste shown in the field but not yet written to the Y.Text: cancels the pending write. */
  private pendingPaste: (() => void) | null = null;
  /** Remote deltas that arrived during an IME composition, in order, to map the composed text through. */
  private deferred: DeltaOp[][] = [];
  /** The last large paste, until the server has it: taken out again if the server refuses it as too large. */
  private large: { start: Y.RelativePosition; end: Y.RelativePosition } | null = null;
  private saved: { start: Y.RelativePosition; end: Y.RelativePosition; dir: 'forward' | 'backward' | 'none' } | null = null;
  private readonly doc: Y.Doc;
  /** The field's DOM listeners, added and removed from this one list. */
  private readonly listeners: [string, EventListener][];

  constructor(
    readonly el: TextControl,
    readonly ytext: Y.Text,
    private readonly opts: TextBindingOptions,
  ) {
    if (!ytext.doc) throw new Error('TextBinding: the Y.Text is not part of a doc');
    this.doc = ytext.doc;
    this.shadow = textWithEmbeds(ytext);
    el.value = this.shadow;
    this.undoManager = new Y.UndoManager(ytext, { trackedOrigins: new Set([this]), captureTimeout: 600 });
    this.doc.on('beforeTransaction', this.onBeforeTransaction);
    ytext.observe(this.onRemote);
    this.listeners = [
      ['beforeinput', this.onBeforeInput as EventListener],
      ['input', this.onInput],
      ['compositionstart', this.onCompositionStart],
      ['compositionend', this.onCompositionEnd],
      ['keydown', this.onKeyDown as EventListener],
    ];
    for (const [type, listener] of this.listeners) el.addEventListener(type, listener);
  }

  destroy(): void {
    this.cancelPaste();
    for (const [type, listener] of this.listeners) this.el.removeEventListener(type, listener);
    this.ytext.unobserve(this.onRemote);
    this.doc.off('beforeTransaction', this.onBeforeTransaction);
    this.undoManager.destroy();
  }

  undo(): void {
    this.flushPaste();
    if (this.opts.canWrite()) this.undoManager.undo();
  }

  redo(): void {
    this.flushPaste();
    if (this.opts.canWrite()) this.undoManager.redo();
  }

  private focused(): boolean {
    return this.el.ownerDocument.activeElement === this.el;
  }

  // --- local edits -------------------------------------------------------------------------

  private readonly onBeforeInput = (e: InputEvent) => {
    if (e.inputType === 'historyUndo' || e.inputType === 'historyRedo') {
      e.preventDefault();
      if (e.inputType === 'historyUndo') this.undo();
      else this.redo();
      return;
    }
    const incoming = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
    if (!incoming) return;
    const selected = Math.abs((this.el.selectionEnd ?? 0) - (this.el.selectionStart ?? 0));
    if (this.el.value.length - selected + incoming.length > this.opts.maxLength) {
      e.preventDefault();
      this.opts.onRefused?.('too-long');
      return;
    }
    if (e.inputType === 'insertFromPaste' && incoming.length >= LARGE_INSERT && !this.composing) {
      // Shown now; written after the frame that shows it, in its own task.
      e.preventDefault();
      this.el.setRangeText(incoming, this.el.selectionStart ?? 0, this.el.selectionEnd ?? 0, 'end');
      this.cancelPaste();
      this.pendingPaste = afterFrame(() => {
        this.pendingPaste = null;
        // The caret into view, as the browser's paste does (the frame has laid the text out).
        if (this.focused() && this.el.selectionEnd === this.el.value.length) this.el.scrollTop = this.el.scrollHeight;
        this.applyLocal();
      });
    }
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
      e.preventDefault();
      this.redo();
    }
  };

  private readonly onCompositionStart = () => {
    this.flushPaste();
    this.composing = true;
  };

  private readonly onCompositionEnd = () => {
    this.composing = false;
    this.applyLocal();
  };

  private readonly onInput = (e: Event) => {
    if (this.composing || (e as InputEvent).isComposing) return;
    // Typed right after a large paste: both are taken now, as one change.
    this.cancelPaste();
    this.applyLocal();
  };

  /** Writes a large paste still waiting, now (before undo, redo or a composition). */
  private flushPaste(): void {
    if (!this.pendingPaste) return;
    this.cancelPaste();
    this.applyLocal();
  }

  private cancelPaste(): void {
    this.pendingPaste?.();
    this.pendingPaste = null;
  }

  /** Whether the field holds a local change not yet written (a composition, or a large paste). */
  private holding(): boolean {
    return this.composing || this.pendingPaste !== null;
  }

  /** Turns what the field shows now into Y.Text operations against what it showed before. */
  private applyLocal(): void {
    const after = this.el.value;
    if (after === this.shadow && this.deferred.length === 0) return;
    if (after.length > this.opts.maxLength) {
      this.deferred = [];
      this.restore(this.shadow.length, this.shadow.length);
      this.opts.onRefused?.('too-long');
      return;
    }
    const caret = this.el.selectionEnd ?? after.length;
    const change = diffAtCaret(this.shadow, after, caret);
    // Partners' edits that arrived while composing moved the text under the composition.
    let start = change.index;
    let end = change.index + change.remove;
    for (const delta of this.deferred) {
      start = mapThroughDelta(delta, start, false);
      end = Math.max(start, mapThroughDelta(delta, end, true));
    }
    const hadDeferred = this.deferred.length > 0;
    const large = change.insert.length >= LARGE_INSERT;
    this.deferred = [];
    try {
      this.opts.write(this, () => {
        if (end > start) this.ytext.delete(start, end - start);
        if (change.insert) this.ytext.insert(start, change.insert);
        if (large) {
          this.large = {
            start: Y.createRelativePositionFromTypeIndex(this.ytext, start, 0),
            end: Y.createRelativePositionFromTypeIndex(this.ytext, start + change.insert.length, -1),
          };
        }
      });
    } catch {
      this.restore(this.shadow.length, this.shadow.length);
      this.opts.onRefused?.('read-only');
      return;
    }
    if (hadDeferred) {
      // The field lacks the partners' text: show the doc, caret after what was composed.
      const at = start + change.insert.length;
      this.restore(at, at);
    } else {
      this.shadow = after;
      this.opts.onText?.(after);
    }
  }

  /**
   * The server refused a message as too large: take the last large paste out of the text
   * again (its content is then garbage-collected, so what is sent next is small) and tell
   * whether there was one. Everything else stays and keeps syncing.
   */
  dropLargeInsert(): boolean {
    const large = this.large;
    this.large = null;
    if (!large) return false;
    const start = Y.createAbsolutePositionFromRelativePosition(large.start, this.doc)?.index;
    const end = Y.createAbsolutePositionFromRelativePosition(large.end, this.doc)?.index;
    if (start === undefined || end === undefined || end <= start) return false;
    // Not this binding's origin: the removal is not an edit to undo, and the undo stack forgets the paste.
    this.doc.transact(() => this.ytext.delete(start, end - start), REFUSED_ORIGIN);
    this.undoManager.clear();
    return true;
  }

  /** The server has everything: nothing to take back any more. */
  settle(): void {
    this.large = null;
  }

  /** Shows the doc's text in the field with the given selection (when focused). */
  private restore(start: number, end: number, dir: 'forward' | 'backward' | 'none' = 'none'): void {
    const text = textWithEmbeds(this.ytext);
    const { scrollTop } = this.el;
    this.shadow = text;
    if (this.el.value !== text) this.el.value = text;
    if (this.focused()) this.el.setSelectionRange(Math.min(start, text.length), Math.min(end, text.length), dir);
    this.el.scrollTop = scrollTop;
    this.opts.onText?.(text);
  }

  // --- remote changes ------------------------------------------------------------------------

  /** Before any transaction that is not ours: remember the selection as positions in the text. */
  private readonly onBeforeTransaction = (tr: Y.Transaction) => {
    if (tr.origin === this || this.holding() || !this.focused()) {
      this.saved = null;
      return;
    }
    const start = this.el.selectionStart ?? 0;
    const end = this.el.selectionEnd ?? start;
    // A collapsed caret sticks to the character before it; a selection keeps its ends inside.
    this.saved = {
      start: Y.createRelativePositionFromTypeIndex(this.ytext, start, start === end ? -1 : 0),
      end: Y.createRelativePositionFromTypeIndex(this.ytext, end, -1),
      dir: this.el.selectionDirection ?? 'none',
    };
  };

  private readonly onRemote = (event: Y.YTextEvent, tr: Y.Transaction) => {
    if (tr.origin === this) return;
    if (this.holding()) {
      this.deferred.push(event.delta as DeltaOp[]);
      return;
    }
    if (tr.origin === this.undoManager) {
      // My own undo/redo: the caret goes where the text changed.
      const at = changeEnd(event.delta as DeltaOp[]);
      this.saved = null;
      this.restore(at, at);
      return;
    }
    const saved = this.saved;
    this.saved = null;
    if (!saved || !this.focused()) {
      this.restore(0, 0);
      return;
    }
    const start = Y.createAbsolutePositionFromRelativePosition(saved.start, this.doc)?.index ?? 0;
    const end = Y.createAbsolutePositionFromRelativePosition(saved.end, this.doc)?.index ?? start;
    this.restore(start, Math.max(start, end), saved.dir);
  };

}

/** Runs `cb` in a task after the next frame (so what the field shows is painted first); returns a cancel. */
function afterFrame(cb: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(cb, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(cb, 0)));
  return () => (cancelAnimationFrame(frame), clearTimeout(timer));
}

/** The index just after the last change of a delta (where a caret goes after undo). */
function changeEnd(delta: DeltaOp[]): number {
  let pos = 0;
  let at = 0;
  for (const op of delta) {
    if (op.retain !== undefined) pos += op.retain;
    else if (op.insert !== undefined) {
      pos += lengthOf(op.insert);
      at = pos;
    } else if (op.delete !== undefined) at = pos;
  }
  return at;
}
