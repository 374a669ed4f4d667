// Re-rendering a view of the agreement only when what it showed changed: readTracked(View)
// hands View the agreement through a proxy that notes which sections (and, in fixed sections,
// which fields) View and its children read while rendering, and skips the next render when
// none of those changed. With the incremental reader (core/agreement/read-incremental.ts)
// unchanged sections keep their objects, so typing in the ambition statement re-renders no
// part that does not show the statement. Reads during events and effects are noted too,
// which only ever makes a view re-render more often, never less.
import { Component, h, type FunctionComponent } from 'preact';
import type { Agreement } from '../agreement/index.js';

/** A read of a whole section (or of everything), or of one field of a fixed section. */
type Reads = Map<string, Set<string> | 'all'>;
const EVERYTHING = '*';

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function note(reads: Reads, key: string, field?: string): void {
  const seen = reads.get(key);
  if (seen === 'all') return;
  if (field === undefined) return void reads.set(key, 'all');
  if (seen) seen.add(field);
  else reads.set(key, new Set([field]));
}

/** A proxy of `agreement` noting reads into `reads`; fixed sections (plain objects) get their own proxy, noting fields. */
function tracking(agreement: Agreement, reads: Reads): Agreement {
  const sections = new Map<string, object>();
  const section = (key: string, value: Record<string, unknown>) => {
    let proxy = sections.get(key);
    if (!proxy) {
      proxy = new Proxy(value, {
        get: (target, field, receiver) => {
          if (typeof field === 'string') note(reads, key, field);
          return Reflect.get(target, field, receiver);
        },
        has: (target, field) => {
          if (typeof field === 'string') note(reads, key, field);
          return Reflect.has(target, field);
        },
        ownKeys: (target) => {
          note(reads, key);
          return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor: (target, field) => {
          if (typeof field === 'string') note(reads, key, field);
          return Reflect.getOwnPropertyDescriptor(target, field);
        },
      });
      sections.set(key, proxy);
    }
    return proxy;
  };
  return new Proxy(agreement, {
    get: (target, key, receiver) => {
      const value = Reflect.get(target, key, receiver);
      if (typeof key !== 'string') return value;
      if (isPlainObject(value)) return section(key, value);
      note(reads, key);
      return value;
    },
    has: (target, key) => {
      if (typeof key === 'string') note(reads, key);
      return Reflect.has(target, key);
    },
    ownKeys: (target) => {
      note(reads, EVERYTHING);
      return Reflect.ownKeys(target);
    },
  });
}

/** Whether anything `reads` noted differs between two agreements. */
function changed(reads: Reads, before: Agreement, after: Agreement): boolean {
  if (before === after) return false;
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  for (const [key, fields] of reads) {
    if (key === EVERYTHING) return true;
    if (b[key] === a[key]) continue;
    if (fields === 'all' || !isPlainObject(b[key]) || !isPlainObject(a[key])) return true;
    const bs = b[key] as Record<string, unknown>;
    const as = a[key] as Record<string, unknown>;
    for (const field of fields) if (bs[field] !== as[field]) return true;
  }
  return false;
}

/** `View`, re-rendered only when one of its other props changed or something it read of the agreement did. */
export function readTracked<P extends { agreement: Agreement }>(View: FunctionComponent<P>): FunctionComponent<P> {
  class Tracked extends Component<P> {
    static override displayName = `ReadTracked(${View.displayName ?? View.name})`;
    private reads: Reads = new Map();
    private seen: { agreement: Agreement; proxy: Agreement } | null = null;

    override shouldComponentUpdate(next: P): boolean {
      const prev = this.props as P & Record<string, unknown>;
      const keys = Object.keys(next);
      if (keys.length !== Object.keys(prev).length) return true;
      for (const key of keys) if (key !== 'agreement' && (next as Record<string, unknown>)[key] !== prev[key]) return true;
      return changed(this.reads, prev.agreement, next.agreement);
    }

    override render(props: P) {
      if (this.seen?.agreement !== props.agreement) {
        this.reads = new Map();
        this.seen = { agreement: props.agreement, proxy: tracking(props.agreement, this.reads) };
      }
      return h(View, { ...props, agreement: this.seen.proxy });
    }
  }
  return Tracked as unknown as FunctionComponent<P>;
}
