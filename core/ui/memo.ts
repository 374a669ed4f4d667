// memoShallow(View): View re-rendered only when one of its props is a different value (===),
// for the rows and cards of long lists, whose items keep their objects while unchanged
// (core/agreement/read-incremental.ts). Context changes (language, read-only) still reach it.
import { Component, h, type FunctionComponent } from 'preact';

export function memoShallow<P extends object>(View: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    static override displayName = `Memo(${View.displayName ?? View.name})`;
    override shouldComponentUpdate(next: P): boolean {
      const prev = this.props as Record<string, unknown>;
      const keys = Object.keys(next);
      if (keys.length !== Object.keys(prev).length) return true;
      return keys.some((key) => (next as Record<string, unknown>)[key] !== prev[key]);
    }
    override render(props: P) {
      return h(View, props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
