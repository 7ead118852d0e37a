/**
 * Declarative filters and aggregates over a ledger: count/sum/avg/min/max of the rows that
 * pass every filter, optionally per group. Returns the value with the rows that fed it, so
 * every number can be traced back to its ledger rows. Filters are compiled once into
 * predicates and, through the ledger index, decided once per distinct value of a column.
 */
import { parseDateText } from '../format/parse-date-text.ts';
import { ledgerIndex, NumberKind, trimmedText, type LedgerIndex } from './ledger-index.ts';
import { cellNumber, cellText, type Cell, type MergeTable } from './merge-table.ts';
import type { Binding, Filter } from './template-schema.ts';

export class BindingError extends Error {}

/** A filter whose value is a literal: field references are resolved by the merge first. */
export type ResolvedFilter = Omit<Filter, 'value'> & { value: Exclude<Filter['value'], { field: string }> };

type Predicate = (cell: Cell) => boolean;

/** YYYY-MM-DD by its characters: checked for every cell of a date column on a first scan, where a regular expression costs more. */
function isIsoShaped(text: string): boolean {
  if (text.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/** A cell as a date (2024.3.5, 2024年3月5日 → 2024-03-05), or null; ISO text, the usual case, is taken as it is. */
function cellDate(cell: Cell): string | null {
  const text = trimmedText(cell);
  return isIsoShaped(text) ? text : parseDateText(text);
}

/**
 * A filter value written as YYYY-MM-DD (typed, or a date field's value) compares dates: ledgers
 * keep dates as 2024.3.5 or 2024年3月5日 as often as 2024-03-05, and text order would mix them.
 */
function compileDate(op: 'eq' | 'ne' | 'gte' | 'lte', wanted: string): Predicate {
  switch (op) {
    case 'eq':
      return (cell) => cellDate(cell) === wanted;
    case 'ne':
      return (cell) => cellDate(cell) !== wanted;
    case 'gte':
    case 'lte': {
      const above = op === 'gte';
      return (cell) => {
        const date = cellDate(cell);
        return date !== null && (above ? date >= wanted : date <= wanted);
      };
    }
  }
}

function compile(filter: ResolvedFilter): Predicate {
  const value = filter.value;
  if (typeof value === 'string' && isIsoShaped(value) && (filter.op === 'eq' || filter.op === 'ne' || filter.op === 'gte' || filter.op === 'lte'))
    return compileDate(filter.op, value);
  switch (filter.op) {
    case 'eq': {
      const wanted = String(value ?? '');
      return (cell) => trimmedText(cell) === wanted;
    }
    case 'ne': {
      const unwanted = String(value ?? '');
      return (cell) => trimmedText(cell) !== unwanted;
    }
    case 'in': {
      const set = new Set(Array.isArray(value) ? value : []);
      return (cell) => set.has(trimmedText(cell));
    }
    case 'contains':
      return typeof value === 'string' ? (cell) => trimmedText(cell).includes(value) : () => false;
    case 'notEmpty':
      return (cell) => trimmedText(cell) !== '';
    case 'gte':
    case 'lte': {
      const bound = typeof value === 'number' ? value : typeof value === 'string' ? cellNumber(value) : null;
      const above = filter.op === 'gte';
      return (cell) => {
        const n = bound === null ? null : cellNumber(cell);
        if (n !== null && bound !== null) return above ? n >= bound : n <= bound;
        // Text that is neither a number nor compared as a date (a YYYY-MM-DD bound) compares as text.
        const text = trimmedText(cell);
        if (typeof value !== 'string' || text === '') return false;
        return above ? text >= value : text <= value;
      };
    }
  }
}

function columnOf(table: MergeTable, columns: ReadonlyMap<string, number>, name: string): number {
  const index = columns.get(name);
  if (index === undefined) throw new BindingError(`台账“${table.name}”没有“${name}”列`);
  return index;
}

export function fieldReference(value: Filter['value']): string | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value.field : null;
}

/**
 * Row lists are Int32Arrays copied out of one scratch buffer: growing a plain array of up to
 * 100 000 indices for every field would cost more in reallocation and collection than the scan.
 */
export type RowList = Int32Array;

/** The rows of `from` (or of the whole table) that pass every filter on one column. */
function scan(index: LedgerIndex, column: number, filters: readonly ResolvedFilter[], from: RowList | null): RowList {
  const rows = index.table.rows;
  const count = from ? from.length : rows.length;
  const tests = filters.map(compile);
  const passes: Predicate = tests.length === 1 ? tests[0]! : (cell) => tests.every((test) => test(cell));
  const encoded = index.codesOf(column);
  // Each filter is decided once per distinct value; rows are then looked up by their code.
  const pass = encoded ? Uint8Array.from(encoded.samples, (cell) => (passes(cell) ? 1 : 0)) : null;
  if (encoded && pass && from === null) {
    const only = pass.indexOf(1);
    // One value passes (the usual 处置方式 = 立案): its rows are already listed, in order.
    if (only !== -1 && pass.indexOf(1, only + 1) === -1) return encoded.postings.slice(encoded.starts[only]!, encoded.starts[only + 1]!);
  }
  const out = index.scratch();
  let n = 0;
  if (encoded && pass) {
    const codes = encoded.codes;
    for (let k = 0; k < count; k++) {
      const i = from ? from[k]! : k;
      if (pass[codes[i]!] === 1) out[n++] = i;
    }
  } else {
    for (let k = 0; k < count; k++) {
      const i = from ? from[k]! : k;
      if (passes(rows[i]![column] ?? null)) out[n++] = i;
    }
  }
  return out.slice(0, n);
}

export function selectRows(table: MergeTable, filters: readonly Filter[], index: LedgerIndex = ledgerIndex(table)): RowList {
  const byColumn = new Map<number, ResolvedFilter[]>();
  for (const filter of filters) {
    const reference = fieldReference(filter.value);
    if (reference !== null) throw new BindingError(`台账“${table.name}”的筛选条件“${filter.column}”引用了字段“${reference}”，但该字段还没有值`);
    const column = columnOf(table, index.columns, filter.column);
    byColumn.set(column, [...(byColumn.get(column) ?? []), filter as ResolvedFilter]);
  }
  let selected: RowList | null = null;
  for (const [column, group] of byColumn) selected = scan(index, column, group, selected);
  return selected ?? index.allRows();
}

const ops = { eq: '=', ne: '≠', in: '属于', contains: '包含', gte: '≥', lte: '≤', notEmpty: '不为空' } as const;

export function describeFilters(filters: readonly Filter[]): string {
  return filters
    .map((f) => {
      if (f.op === 'notEmpty') return `${f.column} 不为空`;
      const value = f.value;
      const reference = fieldReference(value);
      const shown = Array.isArray(value) ? value.join('、') : reference !== null ? `【${reference}】` : String(value ?? '');
      return `${f.column} ${ops[f.op]} ${shown}`;
    })
    .join('，且 ');
}

export interface BoundValue {
  value: number | string | null;
  /** Indices into `table.rows`. */
  rows: RowList;
  /** Per group, in the order each group first appears in the ledger (group bindings only). */
  groups?: { name: string; value: number | null }[];
}

type Reducer = 'sum' | 'avg' | 'min' | 'max';

/** Folds the numbers of one column over the given rows; blank cells are skipped, text is an error naming the row. */
function reduce(index: LedgerIndex, rows: RowList, column: number, name: string, aggregate: Reducer): number | null {
  const { values, kinds } = index.numbersOf(column);
  const table = index.table;
  let count = 0;
  let total = 0;
  let least = Infinity;
  let most = -Infinity;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const kind = kinds[r];
    if (kind === NumberKind.Blank) continue;
    if (kind === NumberKind.NotANumber) throw new BindingError(`台账“${table.name}”第 ${table.rowNumbers[r]} 行“${name}”列不是数字：${cellText(table.rows[r]![column] ?? null)}`);
    const n = values[r]!;
    count++;
    total += n;
    if (n < least) least = n;
    if (n > most) most = n;
  }
  if (count === 0) return null;
  switch (aggregate) {
    case 'sum':
      return total;
    case 'avg':
      return total / count;
    case 'min':
      return least;
    case 'max':
      return most;
  }
}

type TableBinding = Exclude<Binding, { kind: 'law' }>;

export function evaluateBinding(table: MergeTable, binding: TableBinding, index: LedgerIndex = ledgerIndex(table)): BoundValue {
  const columns = index.columns;
  const rows = selectRows(table, binding.filters, index);
  if (binding.kind === 'value') {
    const index = columnOf(table, columns, binding.column);
    if (rows.length !== 1) throw new BindingError(`台账“${table.name}”中符合条件（${describeFilters(binding.filters)}）的行有 ${rows.length} 行，应恰好 1 行`);
    return { value: table.rows[rows[0]!]?.[index] ?? null, rows };
  }
  const valueIndex = binding.aggregate === 'count' ? null : binding.column === null ? null : columnOf(table, columns, binding.column);
  if (binding.aggregate !== 'count' && valueIndex === null) throw new BindingError(`“${binding.aggregate}”需要指定台账“${table.name}”的列`);
  const fold = (subset: RowList): number | null => (binding.aggregate === 'count' ? subset.length : reduce(index, subset, valueIndex!, binding.column ?? '', binding.aggregate));
  if (binding.kind === 'aggregate') return { value: fold(rows), rows };
  const groupIndex = columnOf(table, columns, binding.groupBy);
  const byGroup = new Map<string, number[]>();
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const name = trimmedText(table.rows[r]![groupIndex] ?? null);
    if (name === '') continue;
    const members = byGroup.get(name);
    if (members) members.push(r);
    else byGroup.set(name, [r]);
  }
  const groups = [...byGroup].map(([name, members]) => ({ name, value: fold(Int32Array.from(members)) }));
  return { value: null, rows, groups };
}
