/**
 * What a re-imported ledger changes in a document: one entry per field inline whose value or
 * source would differ if the merge ran again, with the reason in words the writer understands.
 */
import { BlockSchema, TableBlockSchema, type Block, type TableBlock } from '../model/blocks.ts';
import { inlineText, type Provenance } from '../model/inline.ts';
import { z } from '../validation/zod.ts';
import type { MergeInput } from './merge.ts';
import type { MergeTable } from './merge-table.ts';

const position = z.number().int().min(0).max(100_000);

/**
 * A repeat paragraph or table row that appears or disappears. `container` is the list it sits in
 * (body, attachments.0.blocks, or a table's rows: attachments.0.blocks.2.rows) and `index` its
 * place there in the document the change was found on. `printed` is what a removed item showed,
 * so a removal never takes away text the writer changed since.
 */
export const StructureChangeSchema = z.discriminatedUnion('kind', [
  /** `row`: the new ledger row's index, which orders several insertions at one place as the ledger does. */
  z.strictObject({ kind: z.literal('insertBlocks'), container: z.string().max(200), index: position, row: position, blocks: z.array(BlockSchema).min(1).max(200) }),
  z.strictObject({ kind: z.literal('insertRow'), container: z.string().max(200), index: position, row: position, cells: TableBlockSchema.shape.rows.element }),
  z.strictObject({ kind: z.literal('removeBlocks'), container: z.string().max(200), index: position, count: z.number().int().min(1).max(200), printed: z.string().max(1_000_000) }),
  z.strictObject({ kind: z.literal('removeRow'), container: z.string().max(200), index: position, printed: z.string().max(1_000_000) }),
  /** Gone from the ledger, but the writer changed its text: nothing is removed, accepting only acknowledges it. */
  z.strictObject({ kind: z.literal('keep') }),
]);

export type StructureChange = z.infer<typeof StructureChangeSchema>;

export interface StaleField {
  /** Where the field sits, e.g. body.3.content.1 or attachments.0.blocks.2.rows.1.cells.0.content.0. */
  path: string;
  key: string;
  oldValue: string | null;
  /** null when the ledger can no longer give a value (a row deleted, a column gone); accepting leaves a visible 【gap】. */
  newValue: string | null;
  oldSource: Provenance;
  newSource: Provenance | null;
  /** In Chinese, naming the ledger, row and column, e.g. 台账“案件台账”第 12 行“处置方式”由“谈话函询”改为“立案”。 */
  reason: string;
  /** Set when a whole repeat paragraph or table row is added or removed rather than a value changed. */
  structure?: StructureChange;
}

/** What a block or table row shows, for telling whether the writer changed it. */
export function printedBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `p|${inlineText(block.content)}`;
    case 'heading':
      return `h${block.level}|${inlineText(block.content)}|${block.runIn ? inlineText(block.runIn) : ''}`;
    case 'enumeration':
      return `e|${block.style}|${block.runOn}|${inlineText(block.lead)}|${block.items.map(inlineText).join('\u0001')}`;
    case 'table':
      return `t|${block.rows.map(printedRow).join('\n')}`;
    case 'pageBreak':
      return 'b';
  }
}

export function printedRow(row: Pick<TableBlock['rows'][number], 'cells'>): string {
  return row.cells.map((cell) => inlineText(cell.content)).join('\t');
}

/** A cell seen in the document whose ledger value changed: ledger name → row number (new) → column → before and after. */
export type CellChanges = Map<string, Map<number, Map<string, { from: string; to: string }>>>;

export function recordCellChange(changes: CellChanges, dataset: string, row: number, column: string, from: string, to: string): void {
  let rows = changes.get(dataset);
  if (!rows) changes.set(dataset, (rows = new Map()));
  let columns = rows.get(row);
  if (!columns) rows.set(row, (columns = new Map()));
  columns.set(column, { from, to });
}

/** The re-imported ledger a provenance names: by the name the template uses, else by the table's own name. */
export function tableNamed(input: MergeInput, name: string): MergeTable | null {
  const direct = input.datasets.get(name);
  if (direct?.name === name) return direct;
  for (const table of input.datasets.values()) if (table.name === name) return table;
  return direct ?? null;
}

/** Numbers stand apart from the words around them (由 118 变为 119), text sits in quotes (由“你镇”变为“贵镇”). */
export function shown(value: string | null): string {
  if (value === null) return '空白';
  return /^-?[\d,.]+$/.test(value) ? ` ${value} ` : `“${value}”`;
}
