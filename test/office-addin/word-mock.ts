// A small Word document behind office-addin-mock: every Word.run gets a fresh mock context
// (OfficeMockObject, so a property read before load + sync fails), methods change a plain
// document model, and every Office API call, property write and context.sync() is counted.
// Used by the adapter tests and bench/word.ts.
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
  children: Node[];
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
  /** The cursor: a paragraph and a selected character range in it (start === end: no selection). */
  selection: { para: Para; start: number; end: number };
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
            this.calls.push(`${type}.${prop}`);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
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
              if (typeof prop === 'string' && !wanted.includes(prop)) throw new Error(`${type} item .${prop} was not loaded`);
              return Reflect.get(target, prop);
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

  private paragraphMock(p: Para): object {
    const mock = new OfficeMockObject({
      text: p.text,
      styleBuiltIn: p.style,
      tableNestingLevel: 0,
      insertText: (text: string, where: string) => this.rangeMock(this.setText(p, text, where)),
      insertParagraph: (text: string, where: string) => {
        const fresh = para(text);
        if (where === 'Before') this.containerOf(p)!.splice(this.containerOf(p)!.indexOf(p), 0, fresh);
        else this.insertAfter(p, fresh);
        if (p.list) fresh.list = { ...p.list };
        return this.paragraphMock(fresh);
      },
      insertContentControl: () => {
        const container = this.containerOf(p)!;
        const cc: Control = { kind: 'cc', id: this.nextId++, tag: '', title: '', children: [p] };
        container[container.indexOf(p)] = cc;
        return this.controlMock(cc);
      },
      startNewList: () => this.listMock(p),
      detachFromList: () => {
        delete p.list;
      },
      select: () => {
        this.selected = p.text;
      },
    });
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
    const mock = new OfficeMockObject({ styleBuiltIn: '', headerRowCount: 0, styleFirstColumn: true, styleBandedRows: false });
    return this.wrap('Table', mock, table as unknown as Record<string, unknown>, { styleBuiltIn: 'style' });
  }

  private controlMock(cc: Control): object {
    const mock = new OfficeMockObject({
      id: cc.id,
      tag: cc.tag,
      title: cc.title,
      text: this.textOf(cc.children),
      appearance: 'BoundingBox',
      paragraphs: {
        getFirst: () => {
          let first = cc.children.find((n): n is Para => n.kind === 'p');
          if (!first) cc.children.unshift((first = para('')));
          return this.paragraphMock(first);
        },
      },
      insertParagraph: (text: string, where: string) => {
        const fresh = para(text);
        if (where === 'End') cc.children.push(fresh);
        else if (where === 'Start') cc.children.unshift(fresh);
        else if (where === 'After') this.insertAfter(cc, fresh);
        else this.containerOf(cc)!.splice(this.containerOf(cc)!.indexOf(cc), 0, fresh);
        return this.paragraphMock(fresh);
      },
      insertTable: (rows: number, cols: number, where: string, values: string[][]) => {
        if (values.length !== rows || values.some((r) => r.length !== cols)) throw new FakeOfficeError('InvalidArgument');
        const table: Table = { kind: 'table', values: values.map((r) => [...r]) };
        if (where === 'End') cc.children.push(table);
        else throw new Error(`insertTable at ${where} is not modelled`);
        return this.tableMock(table);
      },
      clear: () => {
        cc.children = [para('')];
      },
      select: () => {
        this.selected = cc.id;
      },
    });
    return this.wrap('ContentControl', mock, cc as unknown as Record<string, unknown>);
  }

  private selectionMock(): object {
    const sel = this.selection;
    const mock = new OfficeMockObject({
      isEmpty: sel.start === sel.end,
      text: sel.para.text.slice(sel.start, sel.end),
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
    return this.wrap('Range', mock);
  }

  private context(): object {
    this.live = [];
    const controls = () => this.controls();
    const contentControls = this.collection(
      'ContentControlCollection',
      () => controls().map((cc) => ({ id: cc.id, tag: cc.tag, title: cc.title, text: this.textOf(cc.children) })),
      {
        getById: (id: number) => {
          const cc = controls().find((c) => c.id === id);
          if (!cc) throw new FakeOfficeError('ItemNotFound');
          return this.controlMock(cc);
        },
      },
    );
    const paragraphs = this.collection('ParagraphCollection', () => [
      ...this.paragraphs().map(({ para: p }) => ({ text: p.text, styleBuiltIn: p.style, tableNestingLevel: 0 })),
      ...this.tables().flatMap((t) => t.values.flat().map((text) => ({ text, styleBuiltIn: 'Normal', tableNestingLevel: 1 }))),
    ]);
    const fake = this;
    const mock = new OfficeMockObject({
      document: {
        getSelection: () => this.selectionMock(),
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
        },
      },
      sync: async () => {
        fake.syncs++;
        for (const m of fake.live) await OfficeMockObject.prototype.sync.call(m);
        await new Promise((resolve) => setTimeout(resolve, 0)); // let the mock's un-awaited updates land
        const code = fake.failNextSync;
        fake.failNextSync = null;
        if (code) throw new FakeOfficeError(code);
      },
    });
    const context = this.wrap<Record<string, unknown>>('RequestContext', mock);
    const document = context.document as Record<string, unknown>;
    Object.defineProperty(document, 'contentControls', { value: contentControls });
    (document.body as Record<string, unknown>).paragraphs = paragraphs;
    return context;
  }

  private tables(nodes: Node[] = this.body): Table[] {
    return nodes.flatMap((n) => (n.kind === 'table' ? [n] : n.kind === 'cc' ? this.tables(n.children) : []));
  }
}
