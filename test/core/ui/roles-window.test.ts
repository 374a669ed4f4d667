// Which rows a large Rollen grid renders: those near the scrolled area plus the focused row and
// its neighbours, merged and clamped; and where a keyboard move goes.
import { describe, expect, it } from 'vitest';
import { FALLBACK_VISIBLE, moveCell, rowRanges } from '../../../core/ui/agreement/roles-window.js';

const base = { total: 200, offset: 0, viewport: 400, rowHeight: 40, overscan: 5, focused: -1 };

describe('rowRanges', () => {
  it('renders the visible rows and the overscan around them', () => {
    expect(rowRanges(base)).toEqual([{ from: 0, to: 16 }]);
    expect(rowRanges({ ...base, offset: 4000 })).toEqual([{ from: 95, to: 116 }]);
    expect(rowRanges({ ...base, offset: 1e9 })).toEqual([{ from: 194, to: 200 }]);
  });
  it('keeps the focused row and its neighbours, merged when they touch', () => {
    expect(rowRanges({ ...base, focused: 150 })).toEqual([{ from: 0, to: 16 }, { from: 149, to: 152 }]);
    expect(rowRanges({ ...base, focused: 16 })).toEqual([{ from: 0, to: 18 }]);
    expect(rowRanges({ ...base, focused: 199 })).toEqual([{ from: 0, to: 16 }, { from: 198, to: 200 }]);
  });
  it('assumes some rows when there is no layout, and nothing for an empty list', () => {
    expect(rowRanges({ ...base, viewport: 0, rowHeight: 0 })).toEqual([{ from: 0, to: FALLBACK_VISIBLE + 5 }]);
    expect(rowRanges({ ...base, total: 0 })).toEqual([]);
  });
});

describe('moveCell', () => {
  it('moves one step, to the first or last row, and stays inside the grid', () => {
    expect(moveCell({ row: 3, col: 2 }, 'ArrowDown', 10, 4)).toEqual({ row: 4, col: 2 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', 10, 4)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 3, col: 3 }, 'ArrowRight', 10, 4)).toEqual({ row: 3, col: 3 });
    expect(moveCell({ row: 3, col: 2 }, 'End', 10, 4)).toEqual({ row: 9, col: 2 });
    expect(moveCell({ row: 3, col: 2 }, 'Home', 10, 4)).toEqual({ row: 0, col: 2 });
    expect(moveCell({ row: 3, col: 2 }, 'x', 10, 4)).toBeNull();
  });
});
