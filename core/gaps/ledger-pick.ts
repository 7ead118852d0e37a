/**
 * A field bound by hand to any ledger value: the writer picks the ledger, what to take (one cell,
 * a count of rows, or a sum/average/maximum/minimum of a column) and at most one filter
 * (column = value). The pick becomes an ordinary binding, evaluated as the merge evaluates it, so
 * the value, its rows and its binding are those a suggestion would carry.
 */
import type { Provenance } from '../model/inline.ts';
import { BindingError, evaluateBinding } from '../template/aggregate.ts';
import { cellText, type MergeTable } from '../template/merge-table.ts';
import type { Binding } from '../template/template-schema.ts';
import { boundProvenance, printedNumber } from './bound-provenance.ts';
import { countingWord } from './counting-words.ts';

export const pickAggregates = ['value', 'count', 'sum', 'avg', 'max', 'min'] as const;
export type PickAggregate = (typeof pickAggregates)[number];

export interface LedgerPick {
  aggregate: PickAggregate;
  /** The column read, summed or averaged; null for a count of rows. */
  column: string | null;
  filter: { column: string; value: string } | null;
  /** The counting word after the field (万元, 万名): the value is scaled to it. */
  unit: string | null;
}

export interface PickedValue {
  printed: string;
  binding: Extract<Binding, { kind: 'value' | 'aggregate' }>;
  source: Provenance;
  /** How the value was scaled, e.g. 按“万元”折算（÷10000）; null when it was not. */
  scaled: string | null;
}

export class PickError extends Error {}

function bindingOf(table: MergeTable, pick: LedgerPick): PickedValue['binding'] {
  const filters = pick.filter ? [{ column: pick.filter.column, op: 'eq' as const, value: pick.filter.value }] : [];
  if (pick.aggregate === 'count') return { kind: 'aggregate', dataset: table.name, aggregate: 'count', column: null, filters };
  if (pick.column === null) throw new PickError(`请选择台账“${table.name}”中要${pick.aggregate === 'value' ? '取值' : '计算'}的列`);
  if (pick.aggregate === 'value') return { kind: 'value', dataset: table.name, column: pick.column, filters };
  return { kind: 'aggregate', dataset: table.name, aggregate: pick.aggregate, column: pick.column, filters };
}

/** The value the pick gives in `table`; a pick that selects no single cell, or sums text, is refused in words. */
export function evaluatePick(table: MergeTable, pick: LedgerPick): PickedValue {
  const binding = bindingOf(table, pick);
  let bound;
  try {
    bound = evaluateBinding(table, binding);
  } catch (error) {
    if (error instanceof BindingError) throw new PickError(error.message);
    throw error;
  }
  const source = boundProvenance(table, binding, bound);
  if (typeof bound.value !== 'number') {
    const text = cellText(bound.value as string | null).trim();
    if (text === '') throw new PickError(binding.kind === 'value' ? `台账“${table.name}”第 ${source.rows[0]} 行的“${binding.column}”是空的` : `台账“${table.name}”中符合条件的行在“${binding.column}”列没有数字`);
    return { printed: text, binding, source, scaled: null };
  }
  const scale = pick.unit === null ? 1 : (countingWord(pick.unit)?.scale ?? 1);
  return { printed: printedNumber(bound.value, scale), binding, source, scaled: scale === 1 ? null : `按“${pick.unit}”折算（÷${scale}）` };
}
