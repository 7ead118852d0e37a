/**
 * Which rows of a long table to put in the DOM: those in view plus a margin either side, and which
 * blocks of rows to fetch from the host for them. Rows have one fixed height, so a scroll offset
 * maps straight to a row index and the table never measures anything.
 */
export interface RowWindow {
  /** First row to render, inclusive. */
  start: number;
  /** Row after the last to render. */
  end: number;
}

export function rowWindow(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan: number): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.min(total, Math.max(0, first - overscan));
  const end = Math.min(total, first + visible + overscan);
  return { start, end: Math.max(start, end) };
}

/** Indexes of the fixed-size blocks that hold rows start…end-1. */
export function blocksFor({ start, end }: RowWindow, blockSize: number): number[] {
  if (end <= start) return [];
  const blocks: number[] = [];
  for (let block = Math.floor(start / blockSize); block * blockSize < end; block++) blocks.push(block);
  return blocks;
}
