/**
 * The words of a block as a reader sees them (ordinals are computed at layout, so not part of
 * them). Find, refresh and version comparison all read blocks this way; they differ only in what
 * stands between items, cells and rows, and for a page break.
 */
import type { Block } from './blocks.ts';
import { inlineText } from './inline.ts';

export interface BlockTextJoins {
  item: string;
  cell: string;
  row: string;
  pageBreak: string;
}

/** Offsets in this text match the printed words, so find can point into it. */
export const runningText: BlockTextJoins = { item: '', cell: ' ', row: ' ', pageBreak: '' };

export function blockText(block: Block, joins: BlockTextJoins = runningText): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'heading':
      return inlineText(block.content) + (block.runIn ? inlineText(block.runIn) : '');
    case 'enumeration':
      return [inlineText(block.lead), ...block.items.map(inlineText)].join(joins.item);
    case 'table':
      return block.rows.map((row) => row.cells.map((cell) => inlineText(cell.content)).join(joins.cell)).join(joins.row);
    case 'pageBreak':
      return joins.pageBreak;
  }
}
