// Which rows of a long Rollen grid to render: the rows in and near the scrolled viewport, plus
// the focused row and its neighbours (so Tab, Shift+Tab and keyboard moves always find the
// next cell in the document), as sorted, merged ranges; between them the grid draws spacers
// of the rows' estimated height. Pure arithmetic, no DOM.

/** A half-open range of row positions [from, to). */
export interface RowRange {
  from: number;
  to: number;
}

export interface WindowInput {
  /** Rows in the (filtered) list. */
  total: number;
  /** Pixels scrolled from the first row's top (≤ 0: at the top). */
  offset: number;
  /** Height of the visible area in pixels (0 when unknown, e.g. no layout yet). */
  viewport: number;
  /** Estimated height of one row in pixels. */
  rowHeight: number;
  /** Rows rendered above and below what is visible. */
  overscan: number;
  /** Position of the focused row, or -1. */
  focused: number;
}

/** Rows assumed visible when the viewport's height is not known yet. */
export const FALLBACK_VISIBLE = 20;

/** The ranges of rows to render, sorted and merged, each within [0, total). */
export function rowRanges({ total, offset, viewport, rowHeight, overscan, focused }: WindowInput): RowRange[] {
  if (total <= 0) return [];
  const height = rowHeight > 0 ? rowHeight : 1;
  const first = Math.min(total - 1, Math.max(0, Math.floor(offset / height)));
  const visible = viewport > 0 ? Math.ceil(viewport / height) + 1 : FALLBACK_VISIBLE;
  const ranges: RowRange[] = [{ from: Math.max(0, first - overscan), to: Math.min(total, first + visible + overscan) }];
  if (focused >= 0 && focused < total) ranges.push({ from: Math.max(0, focused - 1), to: Math.min(total, focused + 2) });
  return merge(ranges);
}

function merge(ranges: RowRange[]): RowRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: RowRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/** Where `at` moves for a keyboard step in a grid of `rows` × `cols` cells, clamped to the grid. */
export function moveCell(at: { row: number; col: number }, key: string, rows: number, cols: number): { row: number; col: number } | null {
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1, rows), col: at.col };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, rows), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, cols) };
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, cols) };
    case 'Home':
      return { row: 0, col: at.col };
    case 'End':
      return { row: rows - 1, col: at.col };
    default:
      return null;
  }
}
