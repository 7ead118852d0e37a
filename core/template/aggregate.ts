/**
 * Declarative filters and aggregates over a ledger: count/sum/avg/min/max of the rows that
 * pass every filter. Returns the value with the rows that fed it, so every number can be
 * traced back to its ledger rows.
 */
import type { Binding, Filter } from './template-schema.ts';
import { cellNumber, cellText, columnIndex, type Cell, type MergeTable } from './merge-table.ts';

export class BindingError extends Error {}

function matches(cell: Cell, filter: Filter): boolean {
  const text = cellText(cell).trim();
  const value = filter.value;
  switch (filter.op) {
    case 'eq':
      return text === String(value ?? '');
    case 'ne':
      return text !== String(value ?? '');
    case 'in':
      return Array.isArray(value) && value.includes(text);
    case 'contains':
      return typeof value === 'string' && text.includes(value);
    case 'notEmpty':
      return text !== '';
    case 'gte':
    case 'lte': {
      const n = cellNumber(cell);
      const bound = typeof value === 'number' ? value : typeof value === 'string' ? cellNumber(value) : null;
      if (n === null || bound === null) {
        // Dates as YYYY-MM-DD and other text compare as text, which orders them correctly.
        if (typeof value !== 'string' || text === '') return false;
        return filter.op === 'gte' ? text >= value : text <= value;
      }
      return filter.op === 'gte' ? n >= bound : n <= bound;
    }
  }
}

export function selectRows(table: MergeTable, filters: readonly Filter[]): number[] {
  const columns = columnIndex(table);
  const resolved = filters.map((filter) => {
    const index = columns.get(filter.column);
    if (index === undefined) throw new BindingError(`台账“${table.name}”没有“${filter.column}”列`);
    return { filter, index };
  });
  const selected: number[] = [];
  table.rows.forEach((row, i) => {
    if (resolved.every(({ filter, index }) => matches(row[index] ?? null, filter))) selected.push(i);
  });
  return selected;
}

export function describeFilters(filters: readonly Filter[]): string {
  const ops = { eq: '=', ne: '≠', in: '属于', contains: '包含', gte: '≥', lte: '≤', notEmpty: '不为空' } as const;
  return filters.map((f) => (f.op === 'notEmpty' ? `${f.column} 不为空` : `${f.column} ${ops[f.op]} ${Array.isArray(f.value) ? f.value.join('、') : String(f.value ?? '')}`)).join('，且 ');
}

export interface BoundValue {
  value: number | string | null;
  /** Indices into `table.rows`. */
  rows: number[];
}

export function evaluateBinding(table: MergeTable, binding: Binding): BoundValue {
  const rows = selectRows(table, binding.filters);
  const columns = columnIndex(table);
  if (binding.kind === 'value') {
    const index = columns.get(binding.column);
    if (index === undefined) throw new BindingError(`台账“${table.name}”没有“${binding.column}”列`);
    if (rows.length !== 1) throw new BindingError(`台账“${table.name}”中符合条件（${describeFilters(binding.filters)}）的行有 ${rows.length} 行，应恰好 1 行`);
    const cell = table.rows[rows[0]!]?.[index] ?? null;
    return { value: cell, rows };
  }
  if (binding.aggregate === 'count') return { value: rows.length, rows };
  if (binding.column === null) throw new BindingError(`“${binding.aggregate}”需要指定台账“${table.name}”的列`);
  const index = columns.get(binding.column);
  if (index === undefined) throw new BindingError(`台账“${table.name}”没有“${binding.column}”列`);
  const numbers: number[] = [];
  for (const r of rows) {
    const cell = table.rows[r]?.[index] ?? null;
    if (cellText(cell).trim() === '') continue;
    const n = cellNumber(cell);
    if (n === null) throw new BindingError(`台账“${table.name}”第 ${table.rowNumbers[r]} 行“${binding.column}”列不是数字：${cellText(cell)}`);
    numbers.push(n);
  }
  if (numbers.length === 0) return { value: null, rows };
  switch (binding.aggregate) {
    case 'sum':
      return { value: numbers.reduce((a, b) => a + b, 0), rows };
    case 'avg':
      return { value: numbers.reduce((a, b) => a + b, 0) / numbers.length, rows };
    case 'min':
      return { value: numbers.reduce((a, b) => Math.min(a, b)), rows };
    case 'max':
      return { value: numbers.reduce((a, b) => Math.max(a, b)), rows };
  }
}
