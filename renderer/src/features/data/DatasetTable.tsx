/**
 * The imported ledger, paged from the host: only the rows in view (and a margin) are in the DOM,
 * all of one fixed height, fetched in blocks as the writer scrolls, so 100 000 rows scroll as
 * smoothly as 100. The table is one scrolling, focusable box: arrow keys and PageUp/PageDown work.
 * A newly read ledger gets a new component (keyed by its parent), so nothing fetched is reused.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../../../../core/api/contract.ts';
import { callApi } from '../../api/call-api.ts';
import { blocksFor, rowWindow } from './virtual-window.ts';

type Block = ApiResult<'getDatasetRows'>;

const rowHeight = 28;
const viewportHeight = 336;
const overscan = 8;
const blockSize = 200;
const rowNumberWidth = 64;
const columnWidth = 132;

export function DatasetTable({ datasetId, columns, total }: { datasetId: string; columns: readonly string[]; total: number }) {
  const [scrollTop, setScrollTop] = useState(0);
  const [blocks, setBlocks] = useState<ReadonlyMap<number, Block>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const pending = useRef(new Set<number>());
  const frame = useRef(0);
  const box = useRef<HTMLDivElement>(null);

  const visible = rowWindow(scrollTop, viewportHeight - rowHeight, rowHeight, total, overscan);

  useEffect(() => {
    for (const block of blocksFor(visible, blockSize)) {
      if (blocks.has(block) || pending.current.has(block)) continue;
      pending.current.add(block);
      callApi('getDatasetRows', { datasetId, offset: block * blockSize, limit: blockSize }).then(
        (rows) => setBlocks((known) => new Map(known).set(block, rows)),
        (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
      );
    }
  }, [datasetId, visible.start, visible.end, blocks]);

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(box.current?.scrollTop ?? 0));
  };

  const width = rowNumberWidth + columns.length * columnWidth;
  const template = `${rowNumberWidth}px repeat(${columns.length}, ${columnWidth}px)`;
  const rows = [];
  for (let index = visible.start; index < visible.end; index++) {
    const block = blocks.get(Math.floor(index / blockSize));
    const at = index % blockSize;
    const cells = block?.rows[at];
    rows.push(
      <div key={index} role="row" aria-rowindex={index + 2} className="dataset-row" style={{ top: (index + 1) * rowHeight, width, gridTemplateColumns: template }}>
        <span role="rowheader" className="dataset-rownum">
          {block?.sourceRows[at] ?? index + 1}
        </span>
        {columns.map((name, c) => (
          <span key={name} role="cell" title={cells ? String(cells[c] ?? '') : undefined}>
            {cells ? String(cells[c] ?? '') : '…'}
          </span>
        ))}
      </div>,
    );
  }

  return (
    <div className="dataset">
      {problem && (
        <p role="alert" className="export-error">
          {problem}
        </p>
      )}
      <div ref={box} className="dataset-scroll" style={{ height: Math.min(viewportHeight, (total + 1) * rowHeight + 2) }} tabIndex={0} onScroll={onScroll} role="table" aria-label="台账数据" aria-rowcount={total + 1}>
        <div className="dataset-canvas" style={{ height: (total + 1) * rowHeight, width }}>
          <div role="row" aria-rowindex={1} className="dataset-row dataset-head" style={{ width, gridTemplateColumns: template }}>
            <span role="columnheader" className="dataset-rownum">
              行号
            </span>
            {columns.map((name) => (
              <span key={name} role="columnheader" title={name}>
                {name}
              </span>
            ))}
          </div>
          {rows}
        </div>
      </div>
    </div>
  );
}
