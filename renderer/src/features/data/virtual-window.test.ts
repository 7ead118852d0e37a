import { describe, expect, it } from 'vitest';
import { blocksFor, rowWindow } from './virtual-window.ts';

describe('the rows a long table renders', () => {
  it('renders the rows in view and a margin either side, clamped to the table', () => {
    expect(rowWindow(0, 280, 28, 100_000, 10)).toEqual({ start: 0, end: 21 });
    expect(rowWindow(28 * 5_000 + 14, 280, 28, 100_000, 10)).toEqual({ start: 4_990, end: 5_021 });
    expect(rowWindow(28 * 100_000, 280, 28, 100_000, 10)).toEqual({ start: 99_990, end: 100_000 });
    expect(rowWindow(0, 280, 28, 3, 10)).toEqual({ start: 0, end: 3 });
    expect(rowWindow(-50, 280, 28, 0, 10)).toEqual({ start: 0, end: 0 });
  });

  it('names the blocks to fetch for a window, including one that straddles two', () => {
    expect(blocksFor({ start: 0, end: 21 }, 200)).toEqual([0]);
    expect(blocksFor({ start: 190, end: 221 }, 200)).toEqual([0, 1]);
    expect(blocksFor({ start: 99_990, end: 100_000 }, 200)).toEqual([499]);
    expect(blocksFor({ start: 5, end: 5 }, 200)).toEqual([]);
  });
});
