/**
 * Draft blocks back into template content. A field chip becomes a `{{名称}}` placeholder; words
 * stay words. Blocks printed by a repeat are recognised by their provenance, as the refresh does:
 * consecutive blocks whose row values all name one ledger row are one pass, and consecutive passes
 * over one ledger are one repeat, written once from its first pass. A table whose cells are ledger
 * row values becomes a ledger table; any other table a fixed grid.
 */
import type { Block, TableBlock } from '../model/blocks.ts';
import { inlineText, type FieldInline, type Inline, type Provenance } from '../model/inline.ts';
import type { ContentNode, Filter } from './template-schema.ts';

type RowField = FieldInline & { source: Provenance };

export interface NodeContext {
  /** True for a field that prints one ledger row's cell rather than a declared field of the template. */
  isRowField(field: FieldInline): field is RowField;
  /** The filters of the template's repeat over this ledger, and how many blocks one pass prints; null when unknown. */
  repeatOf(dataset: string): { filters: Filter[]; blocksPerRow: number | null } | null;
  /** The filters of the template's ledger table over this ledger. */
  tableFilters(dataset: string): Filter[];
  /** The template's ledger table whose header row reads these words, for a table that printed no rows. */
  tableWithHeader(header: string[]): Extract<ContentNode, { type: 'table' }> | null;
}

export interface ConvertedNodes {
  nodes: ContentNode[];
  /** The fields the nodes read, in order of first use, with the chip that named them. */
  fields: FieldInline[];
  notes: string[];
}

/** The ledger row a block prints, when every row value in it names the same one. */
function passKey(block: Block, context: NodeContext): { dataset: string; row: number } | null {
  if (block.type === 'table' || block.type === 'pageBreak') return null;
  const rowFields = blockInlines(block).filter((inline): inline is RowField => inline.type === 'field' && context.isRowField(inline));
  const first = rowFields[0];
  if (!first) return null;
  const row = first.source.rows[0] ?? 0;
  return rowFields.every((field) => field.source.dataset === first.source.dataset && (field.source.rows[0] ?? 0) === row) ? { dataset: first.source.dataset, row } : null;
}

function blockInlines(block: Exclude<Block, TableBlock | { type: 'pageBreak' }>): Inline[] {
  switch (block.type) {
    case 'paragraph':
      return block.content;
    case 'heading':
      return [...block.content, ...(block.runIn ?? [])];
    case 'enumeration':
      return [...block.lead, ...block.items.flat()];
  }
}

export function blocksToNodes(blocks: readonly Block[], context: NodeContext, where: string): ConvertedNodes {
  const fields: FieldInline[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();

  /** Inside a repeat's pass, row values read the row's columns and are not declared as fields. */
  const textOf = (content: readonly Inline[], inPass: boolean): string =>
    content
      .map((inline) => {
        if (inline.type === 'text') return inline.text;
        if (inline.type === 'break') return '\n';
        if (!(inPass && context.isRowField(inline)) && !seen.has(inline.key)) {
          seen.add(inline.key);
          fields.push(inline);
        }
        return `{{${inline.key}}}`;
      })
      .join('');

  const node = (block: Exclude<Block, TableBlock | { type: 'pageBreak' }>, inPass: boolean): ContentNode => {
    switch (block.type) {
      case 'paragraph':
        return { type: 'paragraph', text: textOf(block.content, inPass) };
      case 'heading':
        return { type: 'heading', level: block.level, text: textOf(block.content, inPass), runIn: block.runIn === null ? null : textOf(block.runIn, inPass) };
      case 'enumeration':
        return { type: 'enumeration', style: block.style, runOn: block.runOn, lead: textOf(block.lead, inPass), items: block.items.map((item) => textOf(item, inPass)) };
    }
  };

  const table = (block: TableBlock): ContentNode | null => {
    const ledger = ledgerTable(block, context);
    if (ledger) return ledger;
    if (block.rows.some((row) => row.cells.length !== block.columnWidths.length || row.cells.some((cell) => (cell.colSpan ?? 1) > 1 || (cell.rowSpan ?? 1) > 1))) {
      notes.push(`${where}中的一个表格有合并单元格，模板的固定表格不支持，已略去`);
      return null;
    }
    if (block.headerRows > 5 || block.rows.length > 200 || block.columnWidths.length > 20) {
      notes.push(`${where}中的一个表格超过模板固定表格的上限（表头 5 行、200 行、20 列），已略去`);
      return null;
    }
    return { type: 'grid', headerRows: block.headerRows, columnWidths: block.columnWidths, rows: block.rows.map((row) => row.cells.map((cell) => textOf(cell.content, false))) };
  };

  const nodes: ContentNode[] = [];
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i]!;
    if (block.type === 'pageBreak') {
      notes.push(`${where}中的分页符不能写进模板，已略去`);
      i++;
      continue;
    }
    if (block.type === 'table') {
      const converted = table(block);
      if (converted) nodes.push(converted);
      i++;
      continue;
    }
    const key = passKey(block, context);
    if (!key) {
      nodes.push(node(block, false));
      i++;
      continue;
    }
    const repeat = context.repeatOf(key.dataset);
    const passLength = (at: number): number => {
      if (repeat?.blocksPerRow) return Math.min(repeat.blocksPerRow, blocks.length - at);
      const row = passKey(blocks[at]!, context)!;
      let end = at + 1;
      while (end < blocks.length && sameKey(passKey(blocks[end]!, context), row)) end++;
      return end - at;
    };
    const first = passLength(i);
    const each = blocks.slice(i, i + first).map((b) => (b.type === 'table' || b.type === 'pageBreak' ? null : node(b, true)));
    const rows = new Set([key.row]);
    i += first;
    for (let next = passKey(blocks[i] ?? { type: 'pageBreak' }, context); next && next.dataset === key.dataset && !rows.has(next.row); next = passKey(blocks[i] ?? { type: 'pageBreak' }, context)) {
      rows.add(next.row);
      i += passLength(i);
    }
    nodes.push({ type: 'repeat', dataset: key.dataset, filters: repeat?.filters ?? [], each: each.filter((n): n is ContentNode => n !== null) });
  }
  return { nodes, fields, notes };
}

const sameKey = (a: { dataset: string; row: number } | null, b: { dataset: string; row: number }) => a !== null && a.dataset === b.dataset && a.row === b.row;

/** A table of ledger rows: a header row, then rows whose cells (but an optional 序号) are each one row value of one ledger. */
function ledgerTable(block: TableBlock, context: NodeContext): ContentNode | null {
  if (block.headerRows !== 1) return null;
  const header = block.rows[0]!.cells.map((cell) => inlineText(cell.content));
  const dataRows = block.rows.slice(1);
  if (dataRows.length === 0) return context.tableWithHeader(header);
  const numbered = header[0] === '序号';
  const cellField = (cell: TableBlock['rows'][number]['cells'][number]): RowField | null => {
    const [only, ...rest] = cell.content;
    return only?.type === 'field' && rest.length === 0 && context.isRowField(only) ? only : null;
  };
  const firstFields = dataRows[0]!.cells.slice(numbered ? 1 : 0).map(cellField);
  const dataset = firstFields[0]?.source.dataset;
  if (!dataset || firstFields.some((field) => field?.source.dataset !== dataset)) return null;
  const ledgerRows = dataRows.every((row) => row.cells.length === header.length && row.cells.slice(numbered ? 1 : 0).every((cell) => cellField(cell)?.source.dataset === dataset));
  if (!ledgerRows || firstFields.length > 20) return null;
  const offset = numbered ? 1 : 0;
  return {
    type: 'table',
    dataset,
    filters: context.tableFilters(dataset),
    numbered,
    columns: firstFields.map((field, i) => ({ header: header[i + offset] ?? '', column: field!.key, width: block.columnWidths[i + offset] ?? 1 })),
  };
}
