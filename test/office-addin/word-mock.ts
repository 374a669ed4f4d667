// A small Word document behind office-addin-mock: every Word.run gets a fresh mock context
// (OfficeMockObject, so a property read before load + sync fails), methods change a plain
// document model, and every Office API call, property write and context.sync() is counted.
// Besides paragraphs, lists, tables and content controls it models what the web-safe path
// uses — ranges, bookmarks (WordApi 1.4), custom XML parts, the selection's story, table
// and control — after the Office.js reference, and the Word bugs the add-in steps around:
// a batch that fails half-way (earlier commands applied, later ones not), content controls
// over a paragraph starting with a tab or holding a no-break space or section break.
// Used by the adapter tests, bench/word.ts and (bundled) the self-test in Chromium.
import { OfficeMockObject } from 'office-addin-mock';

export interface RunFormat {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  hyperlink?: string;
}
export interface Para {
  kind: 'p';
  text: string;
  style: string;
  runs: RunFormat[];
  list?: { id: number; type: 'bullet' | 'number' };
}
export interface Table {
  kind: 'table';
  values: string[][];
  style?: string;
  headerRowCount?: number;
  styleFirstColumn?: boolean;
  styleBandedRows?: boolean;
}
export interface Control {
  kind: 'cc';
  id: number;
  tag: string;
  title: string;
  appearance?: string;
  /** Locked: its content cannot be edited (ContentControl.cannotEdit). */
  cannotEdit?: boolean;
  children: Node[];
}
/** A bookmark over whole nodes of one container, from `from` to `to`. */
export interface Bookmark {
  name: string;
  from: Node;
  to: Node;
}
export interface XmlPart {
  id: string;
  xml: string;
}
export type Node = Para | Table | Control;

export const para = (text: string, style = 'Normal'): Para => ({ kind: 'p', text, style, runs: [] });

/** An Office.js-like error: what Word throws at context.sync(). */
export class FakeOfficeError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'RichApi.Error';
  }
}

const MOCK_ERRORS = new Set(['Error, property was not loaded', 'Error, context.sync() was not called']);
/** What Word accepts as a bookmark name: a letter (or _ for hidden ones), then letters, digits, _; at most 40. */
const BOOKMARK_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;
/** Once a batch has failed, Word runs none of its later commands: this stands in for all of them. */
const swallow: object = new Proxy(function () {}, {
  get: (_t, prop) => (prop === 'then' ? undefined : swallow),
  apply: () => swallow,
  set: () => true,
});
const proxies = new WeakSet<object>();
const CHILD_TYPES: Record<string, string> = {
  document: 'Document',
  body: 'Body',
  paragraphs: 'ParagraphCollection',
  contentControls: 'ContentControlCollection',
  font: 'Font',
};

export class FakeWord {
  body: Node[];
  /**
   * The cursor: a paragraph and a selected character range in it (start === end: no
   * selection); `table` when that paragraph is a cell of a table, `story` when it is not in
   * the main text (Body.type "Header", "Footer", "Footnote", …).
   */
  selection: { para: Para; start: number; end: number; table?: Table; story?: string };
  bookmarks = new Map<string, Bookmark>();
  parts: XmlPart[] = [];
  /** When set, the nth call (from 1) of this API ("Paragraph.insertTable") fails the batch with this code. */
  failAt: { call: string; code: string; nth?: number } | null = null;
  /** New documents opened in their own window (Application.createDocument().open()). */
  newDocuments = 0;
  /** When set, the nth call of this API is silently not done (Word reports success but the content differs). */
  dropAt: { call: string; nth?: number } | null = null;
  private dropCount = 0;
  /** The batch failed at a command: later commands are not run, and the next sync rejects with this code. */
  private broken: string | null = null;
  private failCount = 0;
  private nextPart = 1;
  syncs = 0;
  calls: string[] = [];
  /** The Word control id of the last `select()`, or the text of a selected heading. */
  selected: number | string | null = null;
  /** When set, the next context.sync() rejects with this Office error code (a protected document, …). */
  failNextSync: string | null = null;
  private nextId = 100;
  /** Every mock object of the current run: context.sync() syncs them all. */
  private live: OfficeMockObject[] = [];
  private nextList = 1;

  constructor(body: Node[] = [para('')], cursor?: { para: Para; start?: number; end?: number }) {
    this.body = body;
    const p = cursor?.para ?? (body.find((n) => n.kind === 'p') as Para);
    this.selection = { para: p, start: cursor?.start ?? p.text.length, end: cursor?.end ?? cursor?.start ?? p.text.length };
  }

  /** Word.run over this document. */
  run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => batch(this.context() as unknown as Word.RequestContext);

  /** Put the cursor in a new empty paragraph at the end of the document. */
  cursorAtEnd(): void {
    const p = para('');
    this.body.push(p);
    this.selection = { para: p, start: 0, end: 0 };
  }

  resetCounts(): void {
    this.syncs = 0;
    this.calls = [];
  }

  /** Every content control, depth first. */
  controls(nodes: Node[] = this.body): Control[] {
    return nodes.flatMap((n) => (n.kind === 'cc' ? [n, ...this.controls(n.children)] : []));
  }

  /** Every paragraph outside tables, depth first, with the control it is in. */
  paragraphs(nodes: Node[] = this.body, cc: Control | null = null): { para: Para; cc: Control | null }[] {
    return nodes.flatMap((n) => (n.kind === 'p' ? [{ para: n, cc }] : n.kind === 'cc' ? this.paragraphs(n.children, n) : []));
  }

  /** Word's plain text of nodes: paragraphs end in \r, table cells in \t. */
  textOf(nodes: Node[]): string {
    return nodes
      .map((n) => (n.kind === 'p' ? n.text : n.kind === 'cc' ? this.textOf(n.children) : n.values.map((r) => r.join('\t')).join('\r')))
      .join('\r');
  }

  // --- the model's edits -------------------------------------------------------------

  private containerOf(node: Node, nodes: Node[] = this.body): Node[] | null {
    if (nodes.includes(node)) return nodes;
    for (const n of nodes) {
      if (n.kind === 'cc') {
        const found = this.containerOf(node, n.children);
        if (found) return found;
      }
    }
    return null;
  }

  private insertAfter(node: Node, fresh: Node): void {
    const container = this.containerOf(node)!;
    container.splice(container.indexOf(node) + 1, 0, fresh);
  }

  private insertBefore(node: Node, fresh: Node): void {
    const container = this.containerOf(node)!;
    container.splice(container.indexOf(node), 0, fresh);
  }

  private remove(node: Node): void {
    const container = this.containerOf(node);
    if (container) container.splice(container.indexOf(node), 1);
  }

  /** The innermost control holding a node, if any. */
  controlOf(node: Node): Control | null {
    const walk = (nodes: Node[], around: Control | null): Control | null | undefined => {
      for (const n of nodes) {
        if (n === node) return around;
        if (n.kind === 'cc') {
          const inner = walk(n.children, n);
          if (inner !== undefined) return inner;
        }
      }
      return undefined;
    };
    return walk(this.body, null) ?? null;
  }

  /** The nodes a span covers, or null once its ends are gone or out of order (Word drops such a bookmark). */
  spanNodes(span: { from: Node; to: Node }): Node[] | null {
    const container = this.containerOf(span.from);
    if (!container || !container.includes(span.to)) return null;
    const [a, b] = [container.indexOf(span.from), container.indexOf(span.to)];
    return a <= b ? container.slice(a, b + 1) : null;
  }

  /** The bookmarks still in the document (a deleted range takes its bookmark with it). */
  liveBookmarks(): Bookmark[] {
    for (const [key, b] of this.bookmarks) if (!this.spanNodes(b)) this.bookmarks.delete(key);
    return [...this.bookmarks.values()];
  }

  /** The text a bookmark covers, or null when there is no such bookmark. */
  bookmarkText(name: string): string | null {
    const b = this.liveBookmarks().find((x) => x.name.toLowerCase() === name.toLowerCase());
    return b ? this.textOf(this.spanNodes(b)!) : null;
  }

  /** A method's result that can be read only after the next context.sync() (OfficeExtension.ClientResult). */
  private clientResult<T>(value: T): { value: T } {
    const at = this.syncs;
    const fake = this;
    return {
      get value() {
        if (fake.syncs === at) throw new Error('ClientResult.value read before context.sync()');
        return value;
      },
    };
  }

  /** Make a failing command fail the batch: it and every later command do nothing, the next sync rejects. */
  private breakWith(code: string): object {
    this.broken ??= code;
    return swallow;
  }

  /** Properties Word reads when the load runs (in queue order), not when the object was made. */
  private readOnLoad(mock: OfficeMockObject, values: Record<string, () => unknown>): void {
    const load = mock.load.bind(mock);
    (mock as Record<string, unknown>).load = (props: string) => {
      for (const [name, value] of Object.entries(values)) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        if (props.split(',').some((p) => p.trim() === name)) (mock as any)._properties.get(name).resetValue(value());
      }
      return load(props);
    };
  }

  private setText(p: Para, text: string, where: string): RunFormat {
    const run: RunFormat = { text };
    if (where === 'Replace') {
      p.text = text;
      p.runs = [run];
    } else if (where === 'Start') {
      p.text = text + p.text;
      p.runs.unshift(run);
    } else {
      p.text += text;
      p.runs.push(run);
    }
    return run;
  }

  // --- mock objects ------------------------------------------------------------------

  /** Wrap a mock: count calls and writes, apply writes to the model, fail loudly on unloaded reads. */
  private wrap<T extends object>(type: string, mock: OfficeMockObject, sink?: Record<string, unknown>, rename: Record<string, string> = {}): T {
    this.live.push(mock);
    const cache = new Map<string, unknown>();
    const proxy: object = new Proxy(mock as object, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(target, prop, receiver);
        if (typeof prop !== 'string' || prop.startsWith('_')) return value;
        if (typeof value === 'function') {
          if (prop === 'sync') return value;
          return (...args: unknown[]) => {
            if (this.broken) return swallow;
            this.calls.push(`${type}.${prop}`);
            if (this.failAt?.call === `${type}.${prop}` && ++this.failCount === (this.failAt.nth ?? 1)) return this.breakWith(this.failAt.code);
            if (this.dropAt?.call === `${type}.${prop}` && ++this.dropCount === (this.dropAt.nth ?? 1)) return swallow;
            const out = (value as (...a: unknown[]) => unknown).apply(target, args);
            return out === target ? proxy : out; // load() returns the object itself
          };
        }
        if (typeof value === 'string' && MOCK_ERRORS.has(value)) throw new Error(`${type}.${prop}: ${value}`);
        if (value instanceof OfficeMockObject && !proxies.has(value)) {
          if (!cache.has(prop)) cache.set(prop, this.wrap(CHILD_TYPES[prop] ?? prop, value, sink));
          return cache.get(prop);
        }
        return value;
      },
      set: (target, prop, value) => {
        if (this.broken && typeof prop === 'string' && !prop.startsWith('_')) return true;
        if (typeof prop === 'string' && !prop.startsWith('_') && !(value instanceof OfficeMockObject) && !MOCK_ERRORS.has(value)) {
          this.calls.push(`${type}.${prop}=`);
          if (sink) sink[rename[prop] ?? prop] = value;
        }
        return Reflect.set(target, prop, value);
      },
    });
    proxies.add(proxy);
    return proxy as T;
  }

  /** A collection whose `load('items/a,items/b')` loads `items` (office-addin-mock knows no paths into arrays). */
  private collection(type: string, items: () => Record<string, unknown>[], extra: Record<string, unknown> = {}): object {
    const mock = new OfficeMockObject({ items: [], ...extra });
    const load = mock.load.bind(mock);
    (mock as Record<string, unknown>).load = (props: string) => {
      const wanted = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
      const snapshot = items().map(
        (item) =>
          new Proxy(item, {
            get: (target, prop) => {
              const value = Reflect.get(target, prop);
              // Methods and navigation properties need no load; scalar properties do.
              if (typeof prop === 'string' && !wanted.includes(prop) && typeof value !== 'function' && typeof value !== 'object') throw new Error(`${type} item .${prop} was not loaded`);
              return value;
            },
          }),
      );
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (mock as any)._properties.get('items').resetValue(snapshot);
      return load('items');
    };
    return this.wrap(type, mock);
  }

  private rangeMock(run: RunFormat): object {
    const mock = new OfficeMockObject({ font: {}, hyperlink: '' });
    return this.wrap('Range', mock, run as unknown as Record<string, unknown>);
  }

  /** A range over whole nodes of one container (a paragraph, a table, a control, or from one to another). */
  private spanMock(span: { from: Node; to: Node }, bookmark?: string): object {
    const nodes = () => this.spanNodes(span) ?? [];
    const mock = new OfficeMockObject({
      text: this.textOf(nodes()),
      isNullObject: false,
      expandTo: (other: { _span?: { from: Node; to: Node } }) => {
        const to = other._span!.to;
        if (this.containerOf(to) !== this.containerOf(span.from)) return this.breakWith('InvalidArgument');
        return this.spanMock({ from: span.from, to });
      },
      insertBookmark: (name: string) => {
        if (!BOOKMARK_NAME.test(name)) return this.breakWith('InvalidArgument');
        this.bookmarks.delete(name.toLowerCase());
        this.bookmarks.set(name.toLowerCase(), { name, from: span.from, to: span.to });
      },
      insertParagraph: (text: string, where: string) => {
        const fresh = para(text);
        if (where === 'After') this.insertAfter(span.to, fresh);
        else if (where === 'Before') this.insertBefore(span.from, fresh);
        else throw new Error(`Range.insertParagraph at ${where} is not modelled`);
        return this.paragraphMock(fresh);
      },
      delete: () => {
        for (const n of nodes()) this.remove(n);
      },
      select: () => {
        this.selected = bookmark ? `bookmark:${bookmark}` : this.textOf(nodes());
      },
      paragraphs: {
        getFirst: () => {
          const first = nodes()[0];
          const p = first?.kind === 'p' ? first : first?.kind === 'cc' ? this.paragraphs(first.children)[0]?.para : undefined;
          return p ? this.paragraphMock(p) : this.breakWith('ItemNotFound');
        },
      },
    });
    (mock as unknown as { _span: unknown })._span = span;
    this.readOnLoad(mock, { text: () => this.textOf(nodes()) });
    return this.wrap('Range', mock);
  }

  /** A bookmark's range; a null object (or, for getBookmarkRange, ItemNotFound at sync) when there is none. */
  private bookmarkRange(name: string, orNull: boolean): object {
    const b = this.liveBookmarks().find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (b) return this.spanMock(b, b.name);
    if (!orNull) return this.breakWith('ItemNotFound');
    return this.wrap('Range', new OfficeMockObject({ isNullObject: true, text: '' }));
  }

  /** Word's previous paragraph in reading order (outside tables), or a null object. */
  private previousParagraph(p: Para): object {
    const all = this.paragraphs().map((x) => x.para);
    const before = all[all.indexOf(p) - 1];
    return before ? this.paragraphMock(before) : this.wrap('Paragraph', new OfficeMockObject({ isNullObject: true, styleBuiltIn: '' }));
  }

  /** Writes inside a locked control fail the batch, as in Word. */
  private locked(node: Node): boolean {
    return Boolean(this.controlOf(node)?.cannotEdit);
  }

  private paragraphMock(p: Para): object {
    const mock = new OfficeMockObject({
      text: p.text,
      styleBuiltIn: p.style,
      tableNestingLevel: 0,
      isNullObject: false,
      insertText: (text: string, where: string) => (this.locked(p) ? this.breakWith('AccessDenied') : this.rangeMock(this.setText(p, text, where))),
      insertParagraph: (text: string, where: string) => {
        if (this.locked(p)) return this.breakWith('AccessDenied');
        const fresh = para(text);
        if (where === 'Before') this.insertBefore(p, fresh);
        else this.insertAfter(p, fresh);
        if (p.list) fresh.list = { ...p.list };
        return this.paragraphMock(fresh);
      },
      insertTable: (rows: number, cols: number, where: string, values: string[][]) => {
        if (values.length !== rows || values.some((r) => r.length !== cols)) return this.breakWith('InvalidArgument');
        const table: Table = { kind: 'table', values: values.map((r) => [...r]) };
        if (where === 'After') this.insertAfter(p, table);
        else if (where === 'Before') this.insertBefore(p, table);
        else throw new Error(`Paragraph.insertTable at ${where} is not modelled`);
        return this.tableMock(table);
      },
      insertContentControl: () => {
        // office-js#6054: a paragraph that starts with a tab; #2370: a no-break space or section break in the range.
        if (p.text.startsWith('\t') || /[\u00a0\f]/.test(p.text)) return this.breakWith('GeneralException');
        if (this.locked(p)) return this.breakWith('AccessDenied');
        const container = this.containerOf(p)!;
        const cc: Control = { kind: 'cc', id: this.nextId++, tag: '', title: '', children: [p] };
        container[container.indexOf(p)] = cc;
        return this.controlMock(cc);
      },
      getRange: () => this.spanMock({ from: p, to: p }),
      getPreviousOrNullObject: () => this.previousParagraph(p),
      delete: () => (this.locked(p) ? this.breakWith('AccessDenied') : this.remove(p)),
      startNewList: () => this.listMock(p),
      detachFromList: () => {
        delete p.list;
      },
      select: () => {
        this.selected = p.text;
      },
    });
    this.readOnLoad(mock, { text: () => p.text, styleBuiltIn: () => p.style });
    return this.wrap('Paragraph', mock, p as unknown as Record<string, unknown>, { styleBuiltIn: 'style' });
  }

  private listMock(first: Para): object {
    const list = { id: this.nextList++, type: 'bullet' as 'bullet' | 'number' };
    first.list = list;
    const members = [first];
    const mock = new OfficeMockObject({
      setLevelBullet: () => {
        list.type = 'bullet';
      },
      setLevelNumbering: () => {
        list.type = 'number';
      },
      insertParagraph: (text: string) => {
        const fresh: Para = { ...para(text, first.style), list };
        this.insertAfter(members.at(-1)!, fresh);
        members.push(fresh);
        return this.paragraphMock(fresh);
      },
    });
    return this.wrap('List', mock);
  }

  private tableMock(table: Table): object {
    const mock = new OfficeMockObject({
      styleBuiltIn: '',
      headerRowCount: 0,
      styleFirstColumn: true,
      styleBandedRows: false,
      isNullObject: false,
      insertParagraph: (text: string, where: string) => {
        const fresh = para(text);
        if (where === 'After') this.insertAfter(table, fresh);
        else if (where === 'Before') this.insertBefore(table, fresh);
        else throw new Error(`Table.insertParagraph at ${where} is not modelled`);
        return this.paragraphMock(fresh);
      },
      getRange: () => this.spanMock({ from: table, to: table }),
    });
    return this.wrap('Table', mock, table as unknown as Record<string, unknown>, { styleBuiltIn: 'style' });
  }

  private controlMock(cc: Control): object {
    const mock = new OfficeMockObject({
      id: cc.id,
      tag: cc.tag,
      title: cc.title,
      text: this.textOf(cc.children),
      appearance: 'BoundingBox',
      cannotEdit: cc.cannotEdit ?? false,
      isNullObject: false,
      paragraphs: {
        getFirst: () => {
          let first = cc.children.find((n): n is Para => n.kind === 'p');
          if (!first) cc.children.unshift((first = para('')));
          return this.paragraphMock(first);
        },
      },
      insertParagraph: (text: string, where: string) => {
        if (cc.cannotEdit && (where === 'End' || where === 'Start')) return this.breakWith('AccessDenied');
        const fresh = para(text);
        if (where === 'End') cc.children.push(fresh);
        else if (where === 'Start') cc.children.unshift(fresh);
        else if (where === 'After') this.insertAfter(cc, fresh);
        else this.insertBefore(cc, fresh);
        return this.paragraphMock(fresh);
      },
      insertTable: (rows: number, cols: number, where: string, values: string[][]) => {
        if (values.length !== rows || values.some((r) => r.length !== cols)) return this.breakWith('InvalidArgument');
        const table: Table = { kind: 'table', values: values.map((r) => [...r]) };
        if (where === 'End') cc.children.push(table);
        else throw new Error(`insertTable at ${where} is not modelled`);
        return this.tableMock(table);
      },
      getRange: () => this.spanMock({ from: cc, to: cc }),
      clear: () => {
        cc.children = [para('')];
      },
      delete: (keepContent: boolean) => {
        const container = this.containerOf(cc)!;
        container.splice(container.indexOf(cc), 1, ...(keepContent ? cc.children : []));
      },
      select: () => {
        this.selected = cc.id;
      },
    });
    this.readOnLoad(mock, { text: () => this.textOf(cc.children), tag: () => cc.tag, title: () => cc.title });
    return this.wrap('ContentControl', mock, cc as unknown as Record<string, unknown>);
  }

  private selectionMock(): object {
    const sel = this.selection;
    const around = sel.table ? null : this.controlOf(sel.para);
    const nothing = () => this.wrap('Null', new OfficeMockObject({ isNullObject: true, cannotEdit: false }));
    const mock = new OfficeMockObject({
      isEmpty: sel.start === sel.end,
      text: sel.para.text.slice(sel.start, sel.end),
      parentBody: { type: sel.story ?? (sel.table ? 'TableCell' : 'MainDoc') },
      paragraphs: {
        getFirst: () => this.paragraphMock(sel.para),
        getLast: () => this.paragraphMock(sel.para),
      },
      insertText: (text: string, where: string) => {
        if (where !== 'Replace') throw new Error('only Replace is modelled on the selection');
        sel.para.text = sel.para.text.slice(0, sel.start) + text + sel.para.text.slice(sel.end);
        sel.end = sel.start + text.length;
        return this.rangeMock({ text });
      },
    });
    const range = this.wrap<Record<string, unknown>>('Range', mock);
    Object.defineProperty(range, 'parentTableOrNullObject', { value: sel.table ? this.tableMock(sel.table) : nothing() });
    Object.defineProperty(range, 'parentContentControlOrNullObject', { value: around ? this.controlMock(around) : nothing() });
    return range;
  }

  /** A custom XML part (WordApi 1.4). */
  private partMock(part: XmlPart | undefined): object {
    if (!part) return this.breakWith('ItemNotFound');
    const mock = new OfficeMockObject({
      id: part.id,
      namespaceUri: /xmlns="([^"]*)"/.exec(part.xml)?.[1] ?? '',
      getXml: () => this.clientResult(part.xml),
      setXml: (xml: string) => {
        part.xml = xml;
      },
      delete: () => {
        this.parts = this.parts.filter((x) => x !== part);
      },
    });
    return this.wrap('CustomXmlPart', mock);
  }

  private context(): object {
    this.live = [];
    const controls = () => this.controls();
    const contentControls = this.collection(
      'ContentControlCollection',
      () =>
        controls().map((cc) => ({
          id: cc.id,
          tag: cc.tag,
          title: cc.title,
          text: this.textOf(cc.children),
          paragraphs: { getFirst: () => (this.controlMock(cc) as { paragraphs: { getFirst(): unknown } }).paragraphs.getFirst() },
          delete: (keepContent: boolean) => (this.controlMock(cc) as { delete(k: boolean): void }).delete(keepContent),
          insertParagraph: (text: string, where: string) => (this.controlMock(cc) as { insertParagraph(t: string, w: string): unknown }).insertParagraph(text, where),
        })),
      {
        getById: (id: number) => {
          const cc = controls().find((c) => c.id === id);
          if (!cc) return this.breakWith('ItemNotFound');
          return this.controlMock(cc);
        },
      },
    );
    const paragraphs = this.collection('ParagraphCollection', () => [
      ...this.paragraphs().map(({ para: p }) => ({ text: p.text, styleBuiltIn: p.style, tableNestingLevel: 0 })),
      ...this.tables().flatMap((t) => t.values.flat().map((text) => ({ text, styleBuiltIn: 'Normal', tableNestingLevel: 1 }))),
    ]);
    const customXmlParts = this.wrap(
      'CustomXmlPartCollection',
      new OfficeMockObject({
        add: (xml: string) => {
          if (!/^<[A-Za-z][^>]*\/?>/.test(xml.trim())) return this.breakWith('InvalidArgument');
          const part = { id: `{part-${this.nextPart++}}`, xml };
          this.parts.push(part);
          return this.partMock(part);
        },
        getItem: (id: string) => this.partMock(this.parts.find((x) => x.id === id)),
        getByNamespace: (ns: string) =>
          this.collection('CustomXmlPartScopedCollection', () =>
            this.parts
              .filter((x) => x.xml.includes(`xmlns="${ns}"`))
              .map((x) => ({ id: x.id, getXml: () => this.clientResult(x.xml), delete: () => void (this.parts = this.parts.filter((y) => y !== x)) })),
          ),
      }),
    );
    const fake = this;
    const mock = new OfficeMockObject({
      application: {
        createDocument: () => ({
          open: () => {
            this.calls.push('DocumentCreated.open');
            this.newDocuments++;
          },
        }),
      },
      document: {
        getSelection: () => this.selectionMock(),
        getBookmarkRange: (name: string) => this.bookmarkRange(name, false),
        getBookmarkRangeOrNullObject: (name: string) => this.bookmarkRange(name, true),
        deleteBookmark: (name: string) => {
          this.bookmarks.delete(name.toLowerCase());
        },
        body: {
          search: (text: string) => ({
            getFirst: () => ({
              select: () => {
                this.calls.push('Range.select');
                const hit = this.paragraphs().find(({ para: p }) => p.text.includes(text.replace(/\^\^/g, '^')));
                if (!hit) this.failNextSync = 'ItemNotFound';
                else this.selected = hit.para.text;
              },
            }),
          }),
          getRange: (where: string) => ({
            getBookmarks: (includeHidden = false) => {
              this.calls.push('Range.getBookmarks');
              return this.clientResult(this.liveBookmarks().map((b) => b.name).filter((n) => includeHidden || !n.startsWith('_')));
            },
            select: () => {
              this.calls.push('Range.select');
              if (where !== 'End') throw new Error(`Body.getRange(${where}).select is not modelled`);
              // A Word document always ends in a paragraph (after a final table or control too).
              let last = this.body.at(-1);
              if (last?.kind !== 'p') this.body.push((last = para('')));
              this.selection = { para: last, start: last.text.length, end: last.text.length };
            },
          }),
        },
      },
      sync: async () => {
        fake.syncs++;
        for (const m of fake.live) await OfficeMockObject.prototype.sync.call(m);
        await new Promise((resolve) => setTimeout(resolve, 0)); // let the mock's un-awaited updates land
        const code = fake.broken ?? fake.failNextSync;
        fake.broken = null;
        fake.failNextSync = null;
        if (code) throw new FakeOfficeError(code);
      },
    });
    const context = this.wrap<Record<string, unknown>>('RequestContext', mock);
    const document = context.document as Record<string, unknown>;
    Object.defineProperty(document, 'contentControls', { value: contentControls });
    Object.defineProperty(document, 'customXmlParts', { value: customXmlParts });
    (document.body as Record<string, unknown>).paragraphs = paragraphs;
    return context;
  }

  private tables(nodes: Node[] = this.body): Table[] {
    return nodes.flatMap((n) => (n.kind === 'table' ? [n] : n.kind === 'cc' ? this.tables(n.children) : []));
  }
}
