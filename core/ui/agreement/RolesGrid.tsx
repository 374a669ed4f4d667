// The Rollen grid: a RACI choice per activity × partner. A small grid is one plain table. A
// large one (the list maxima give 200 × 100 = 20,000 choices) renders only the rows in and near
// its scrolled area (roles-window.ts), in a scroll box with the header row and the activity
// column kept in view; aria-rowcount/aria-rowindex give screen readers the whole size, the
// focused row always stays, Ctrl+arrow keys (and Ctrl+Home/End) move between cells and rows
// and scroll them into view, and a search field filters the activities (the browser's own
// find does not see rows that are not rendered). Each row re-renders only when its activity,
// its name or the partners change.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { RACI_ROLES, raciProblem, raciProblemText, setRole, type Agreement, type RaciRole } from '../../agreement/index.js';
import { own } from '../../base/records.js';
import type { Lang } from '../../i18n/index.js';
import { useEdit, useUi } from '../context.js';
import { TextField } from '../fields/TextField.js';
import { memoShallow } from '../memo.js';
import { moveCell, rowRanges } from './roles-window.js';

type Activity = Agreement['activities'][number];

/** From this many choices on, the grid renders only the rows near its scrolled area. */
export const VIRTUAL_FROM_CELLS = 1200;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 6;
/** A row's height before one has been measured. */
const ROW_HEIGHT = 40;

export interface RolesGridProps {
  activities: readonly Activity[];
  /** Each activity's shown name, in the same order. */
  names: readonly string[];
  partnerIds: readonly string[];
  partnerNames: readonly string[];
  lang: Lang;
}

/** Re-rendered only when one of its props changed (not while the cards below it fill in). */
export const RolesGrid = memoShallow(function RolesGrid(props: RolesGridProps) {
  const large = props.activities.length * props.partnerIds.length >= VIRTUAL_FROM_CELLS;
  return large ? <LargeGrid {...props} /> : <SmallGrid {...props} />;
});

function SmallGrid({ activities, names, partnerIds, partnerNames, lang }: RolesGridProps) {
  const { t } = useUi();
  const table = useRef<HTMLTableElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const to = keyTarget(e, table.current, activities.length, partnerIds.length);
    if (to) cellAt(table.current, to.row, to.col)?.focus();
  };
  return (
    <div class="table-wrap">
      <table class="raci" ref={table} aria-rowcount={activities.length + 1} onKeyDown={onKeyDown}>
        <caption class="visually-hidden">{t('ui.roles.grid')}</caption>
        <Head partnerIds={partnerIds} partnerNames={partnerNames} sticky={false} />
        <tbody>
          {activities.map((a, i) => (
            <RaciRow key={a.id} activity={a} row={i + 2} name={names[i]!} partnerIds={partnerIds} partnerNames={partnerNames} lang={lang} sticky={false} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LargeGrid({ activities, names, partnerIds, partnerNames, lang }: RolesGridProps) {
  const { t } = useUi();
  const keysId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const [filter, setFilter] = useState('');
  const [first, setFirst] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT);
  const [focused, setFocused] = useState(-1);
  /** A cell to focus once its row is rendered (after a keyboard move to a row not in the document). */
  const pending = useRef<{ row: number; col: number } | null>(null);
  const frame = useRef(0);
  const measuredFor = useRef<readonly string[] | null>(null);

  // Positions in the filtered list → activities' places in the whole list.
  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase(lang);
    if (!needle) return activities.map((_, i) => i);
    return activities.flatMap((_, i) => (names[i]!.toLocaleLowerCase(lang).includes(needle) ? [i] : []));
  }, [activities, names, filter, lang]);
  const ranges = rowRanges({ total: shown.length, offset: first * rowHeight, viewport, rowHeight, overscan: OVERSCAN, focused });

  // The rows' real height and the visible area: measured once per set of partners (the header
  // may wrap differently), after the frame that shows them (so measuring forces no extra
  // layout before the first rows are painted), and the area again when the box is resized.
  // Measuring after every render would force a layout per frame while the cards below fill in;
  // re-measuring as rows come and go (a warning makes a row taller) could flip the window back and forth.
  useEffect(() => {
    const box = wrap.current;
    const body = table.current?.tBodies[0];
    if (!box || !body || measuredFor.current === partnerIds) return;
    let sum = 0;
    let n = 0;
    for (const tr of Array.from(body.children) as HTMLElement[]) {
      if (tr.dataset.pos === undefined) continue;
      sum += tr.offsetHeight;
      n++;
    }
    if (n === 0 || sum === 0) return;
    measuredFor.current = partnerIds;
    setRowHeight(Math.round(sum / n));
    setViewport(bodyViewport(box, table.current));
  });
  useLayoutEffect(() => {
    const box = wrap.current;
    if (!box || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setViewport(bodyViewport(box, table.current)));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  // A keyboard move to a row that was not rendered: focus its cell once it is.
  useLayoutEffect(() => {
    const want = pending.current;
    if (!want) return;
    const cell = cellAt(table.current, want.row, want.col);
    if (cell) {
      pending.current = null;
      focusInView(cell);
    }
  });

  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const box = wrap.current;
      if (!box) return;
      setFirst(Math.max(0, Math.floor((box.scrollTop - headHeight(table.current)) / rowHeight)));
    });
  };
  const onFocus = (e: FocusEvent) => {
    const pos = (e.target as HTMLElement).closest?.('tr')?.dataset.pos;
    if (pos !== undefined) setFocused(Number(pos));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const to = keyTarget(e, table.current, shown.length, partnerIds.length);
    if (!to) return;
    const cell = cellAt(table.current, to.row, to.col);
    if (cell) focusInView(cell);
    else {
      // Not rendered yet: render it (as the focused row), then focus it.
      pending.current = to;
      setFocused(to.row);
      const box = wrap.current;
      if (box) box.scrollTop = headHeight(table.current) + to.row * rowHeight - box.clientHeight / 2;
    }
  };

  const cols = partnerIds.length + 1;
  const rows: preact.JSX.Element[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.from > at) rows.push(<Spacer key={`gap-${at}`} rows={r.from - at} height={rowHeight} cols={cols} />);
    for (let pos = r.from; pos < r.to; pos++) {
      const i = shown[pos]!;
      const a = activities[i]!;
      rows.push(<RaciRow key={a.id} activity={a} row={pos + 2} pos={pos} name={names[i]!} partnerIds={partnerIds} partnerNames={partnerNames} lang={lang} sticky />);
    }
    at = r.to;
  }
  if (shown.length > at) rows.push(<Spacer key={`gap-${at}`} rows={shown.length - at} height={rowHeight} cols={cols} />);

  return (
    <div class="roles-large">
      <TextField label={t('limits.roles.filter')} hint={t('limits.roles.filterHint')} value={filter} onChange={(v) => (setFilter(v), setFocused(-1))} />
      <p class="hint" role="status">
        {shown.length === 0 && filter.trim() ? t('limits.roles.noMatch', { text: filter.trim() }) : t('limits.roles.shown', { shown: shown.length, total: activities.length })}
      </p>
      <p class="hint" id={keysId}>{t('limits.roles.keys')}</p>
      <div class="table-wrap" ref={wrap} style={{ maxHeight: '70vh', overflow: 'auto' }} onScroll={onScroll}>
        <table class="raci" ref={table} aria-rowcount={shown.length + 1} aria-describedby={keysId} onKeyDown={onKeyDown} onFocusCapture={onFocus}>
          <caption class="visually-hidden">{t('ui.roles.grid')}</caption>
          <Head partnerIds={partnerIds} partnerNames={partnerNames} sticky />
          <tbody>{rows}</tbody>
        </table>
      </div>
    </div>
  );
}

/** The target cell (row position, column) of a Ctrl+arrow/Home/End key press in a cell of the grid, or null (and the key left alone). */
function keyTarget(e: KeyboardEvent, table: HTMLTableElement | null, rows: number, cols: number): { row: number; col: number } | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || !table) return null;
  const cell = (e.target as HTMLElement).closest?.('td');
  const tr = cell?.closest('tr');
  if (!cell || !tr) return null;
  const row = Number(tr.dataset.pos ?? Number(tr.getAttribute('aria-rowindex')) - 2);
  const col = Array.from(tr.children).indexOf(cell) - 1;
  const to = moveCell({ row, col }, e.key, rows, cols);
  if (!to) return null;
  e.preventDefault();
  return to;
}

/** The header row's height: the scroll box shows rows only below it. */
const headHeight = (table: HTMLTableElement | null): number => table?.tHead?.offsetHeight ?? 0;

/** The height of the scroll box left for rows under the header. */
const bodyViewport = (box: HTMLElement, table: HTMLTableElement | null): number => Math.max(0, box.clientHeight - headHeight(table));

/** Focuses a cell and scrolls its row into view (a large grid scrolls in its own box). */
function focusInView(cell: HTMLSelectElement): void {
  cell.focus();
  cell.closest('tr')?.scrollIntoView?.({ block: 'nearest' });
}

/** The select of a row position and column, when that row is in the document. */
function cellAt(table: HTMLTableElement | null, row: number, col: number): HTMLSelectElement | null {
  const tr = table?.querySelector(`tbody tr[aria-rowindex="${row + 2}"]`);
  return (tr?.querySelectorAll('select')[col] as HTMLSelectElement | undefined) ?? null;
}

const stickyTop = { position: 'sticky', top: 0, zIndex: 2, background: 'var(--bg)' } as const;
const stickyLeft = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--bg)' } as const;

const Head = memoShallow(function Head({ partnerIds, partnerNames, sticky }: { partnerIds: readonly string[]; partnerNames: readonly string[]; sticky: boolean }) {
  const { t } = useUi();
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" style={sticky ? { ...stickyTop, left: 0, zIndex: 3 } : undefined}>{t('col.activity')}</th>
        {partnerIds.map((id, i) => (
          <th scope="col" key={id} style={sticky ? stickyTop : undefined}>{partnerNames[i]}</th>
        ))}
      </tr>
    </thead>
  );
});

/** Stands in for `rows` rows that are not rendered, at their estimated height. */
function Spacer({ rows, height, cols }: { rows: number; height: number; cols: number }) {
  return (
    <tr aria-hidden="true" role="presentation" class="raci-spacer">
      <td colSpan={cols} style={{ height: `${rows * height}px`, padding: 0, border: 0 }} />
    </tr>
  );
}

interface RowProps {
  activity: Activity;
  /** Its aria-rowindex (the header is row 1). */
  row: number;
  /** Its position in the rendered list (large grids only). */
  pos?: number;
  name: string;
  partnerIds: readonly string[];
  partnerNames: readonly string[];
  lang: Lang;
  /** Keep the activity's name in view when scrolling sideways. */
  sticky: boolean;
}

/** One activity's row of the grid, re-rendered only when the activity, its name or the partners' ids or names change. */
const RaciRow = memoShallow(function RaciRow({ activity: a, row, pos, name, partnerIds, partnerNames, lang, sticky }: RowProps) {
  const { t } = useUi();
  const edit = useEdit();
  const problem = raciProblem(a);
  const roleNames = useMemo(() => RACI_ROLES.map((r) => t(`raci.${r}`)), [t]);
  return (
    <tr aria-rowindex={row} data-pos={pos}>
      <th scope="row" style={sticky ? stickyLeft : undefined}>
        {name}
        {problem && <span class="warning small">{raciProblemText(problem, name, lang)}</span>}
      </th>
      {partnerIds.map((pid, i) => (
        <td key={pid}>
          <select
            aria-label={t('ui.roles.cell', { partner: partnerNames[i]!, activity: name })}
            value={own(a.roles, pid) ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as RaciRole | '';
              edit((d) => setRole(d, a.id, pid, v === '' ? null : v));
            }}
          >
            <option value="">–</option>
            {RACI_ROLES.map((r, ri) => (
              <option key={r} value={r}>{roleNames[ri]}</option>
            ))}
          </select>
        </td>
      ))}
    </tr>
  );
});
