/** A ledger value as it goes into the text, and where it came from: shared by the suggestions and the hand-made binding. */
import type { Provenance } from '../model/inline.ts';
import { describeFilters, type BoundValue } from '../template/aggregate.ts';
import type { MergeTable } from '../template/merge-table.ts';
import type { Binding } from '../template/template-schema.ts';

const maxProvenanceRows = 10_000;

export function boundProvenance(table: MergeTable, binding: Exclude<Binding, { kind: 'law' | 'group' }>, bound: BoundValue): Provenance {
  const rows = Array.from(bound.rows.subarray(0, maxProvenanceRows), (r) => table.rowNumbers[r]!);
  const aggregate = binding.kind === 'value' ? 'value' : binding.aggregate;
  return { dataset: table.name, sheet: table.sheet, column: binding.column, aggregate, rows, filter: describeFilters(binding.filters) };
}

/** A number scaled for 万名/万元, with at most two decimals. */
export function printedNumber(value: number, scale: number): string {
  const scaled = value / scale;
  return Number.isInteger(scaled) ? String(scaled) : String(Number(scaled.toFixed(2)));
}
