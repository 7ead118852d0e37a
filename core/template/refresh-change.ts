/**
 * What a re-imported ledger changes in a document: one entry per field inline whose value or
 * source would differ if the merge ran again, with the reason in words the writer understands.
 */
import type { Provenance } from '../model/inline.ts';
import type { MergeInput } from './merge.ts';
import type { MergeTable } from './merge-table.ts';

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
