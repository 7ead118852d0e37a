/**
 * Fields the template binds to a ledger aggregate, a single ledger value or a law article,
 * recomputed by the merge's own resolver. A change is reported only when the printed value
 * differs (a sum in 万元 that rounds the same is not a change), with the ledger rows that
 * entered or left the count named where there are few of them.
 */
import type { Provenance } from '../model/inline.ts';
import { fieldResolver, type MergeInput, type Resolved } from './merge.ts';
import { LedgerRows } from './refresh-ledger-rows.ts';
import { shown, tableNamed, type CellChanges, type StaleField } from './refresh-change.ts';
import type { FieldSlot } from './refresh-walk.ts';
import type { Binding, FieldDef, Template } from './template-schema.ts';

type TableBinding = Exclude<Binding, { kind: 'law' }>;

/** A provenance lists at most this many rows (ProvenanceSchema), so a longer list's length is not its count. */
const maxRowsListed = 10_000;

/** Past this many rows entering or leaving, naming each one would bury the number that changed. */
const maxRowsNamed = 3;

interface Recomputed {
  fresh: Resolved;
  /** The merge's messages for this field, e.g. a lookup that now finds no row. */
  problems: string[];
}

interface Context {
  input: MergeInput;
  cellChanges: CellChanges;
  ledgers: Map<string, LedgerRows>;
}

function ledgerRows(context: Context, name: string): LedgerRows | null {
  const known = context.ledgers.get(name);
  if (known) return known;
  const table = tableNamed(context.input, name);
  if (!table) return null;
  const rows = new LedgerRows(table);
  context.ledgers.set(name, rows);
  return rows;
}

/** One row that entered or left the count, with the edit that moved it when the document showed that cell. */
function describeRow(context: Context, rows: LedgerRows, number: number, columns: readonly string[], entered: boolean): string {
  const edits = context.cellChanges.get(rows.table.name)?.get(number);
  const seen = columns.flatMap((column) => {
    const edit = edits?.get(column);
    return edit ? [`“${column}”由“${edit.from}”改为“${edit.to}”`] : [];
  });
  if (seen.length > 0) return `第 ${number} 行${seen.join('，')}`;
  const row = rows.indexOf(number);
  if (row === undefined) return `第 ${number} 行已不在台账中`;
  const cells = columns.map((column) => `${column}“${rows.text(row, column)}”`).join('，');
  return `第 ${number} 行${cells ? `（${cells}）` : ''}${entered ? '现计入' : '不再计入'}`;
}

/**
 * The rows that entered and left a count, or null past maxRowsNamed. Row lists ascend in ledger
 * order, so they are merged in step without building sets of up to 10 000 numbers per field.
 */
function rowDifference(before: readonly number[], after: readonly number[]): { entered: number[]; left: number[] } | null {
  const entered: number[] = [];
  const left: number[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const a = before[i] ?? Infinity;
    const b = after[j] ?? Infinity;
    if (a === b) {
      i++;
      j++;
      continue;
    }
    if (a < b) {
      left.push(a);
      i++;
    } else {
      entered.push(b);
      j++;
    }
    if (entered.length + left.length > maxRowsNamed) return null;
  }
  return { entered, left };
}

function tableReason(context: Context, binding: TableBinding, old: Provenance, fresh: Provenance, change: string): string {
  const rows = ledgerRows(context, binding.dataset);
  const name = fresh.dataset;
  if (!rows) return `台账“${name}”有变动${change}`;
  if (binding.kind === 'value') {
    const [before] = old.rows;
    const [after] = fresh.rows;
    if (before === after) return `台账“${name}”第 ${after} 行“${binding.column}”有变动${change}`;
    return `台账“${name}”中符合条件（${fresh.filter}）的行由第 ${before} 行变为第 ${after} 行${change}`;
  }
  const difference = rowDifference(old.rows, fresh.rows);
  const measured = [binding.column, binding.kind === 'group' ? binding.groupBy : null].filter((c): c is string => c !== null);
  const listed = old.rows.length < maxRowsListed && fresh.rows.length < maxRowsListed;
  if (difference === null) return `台账“${name}”${listed ? `计入的行由 ${old.rows.length} 行变为 ${fresh.rows.length} 行` : '计入的行有变动'}${change}`;
  const { entered, left } = difference;
  if (entered.length + left.length === 0) {
    // The same rows listed, yet a count changed: the rows past the listed ones did.
    if (!listed || measured.length === 0) return `台账“${name}”计入的行有变动${change}`;
    const counted = new Set(fresh.rows);
    const edited = [...(context.cellChanges.get(rows.table.name) ?? [])].filter(([number, edits]) => counted.has(number) && measured.some((column) => edits.has(column)));
    if (edited.length > 0 && edited.length <= maxRowsNamed) return `台账“${name}”${edited.map(([number]) => describeRow(context, rows, number, measured, true)).join('；')}${change}`;
    return `台账“${name}”所计 ${fresh.rows.length} 行中“${measured.join('”“')}”列有变动${change}`;
  }
  const columns = [...new Set([...binding.filters.map((f) => f.column), ...measured])];
  const named = [...entered.map((n) => describeRow(context, rows, n, columns, true)), ...left.map((n) => describeRow(context, rows, n, columns, false))];
  return `台账“${name}”${named.join('；')}${change}`;
}

function reason(context: Context, field: FieldDef, oldValue: string | null, old: Provenance, recomputed: Recomputed): string {
  const label = field.label || field.key;
  const { fresh, problems } = recomputed;
  if (fresh.value === null || fresh.source === null) {
    const why = problems.length > 0 ? problems.join('；') : `台账“${old.dataset}”中已没有可计入的数值`;
    return `${why}，${label}原为${shown(oldValue).trimEnd()}`;
  }
  const change = `，${label}由${shown(oldValue)}变为${shown(fresh.value).trimEnd()}`;
  const binding = field.binding!;
  if (binding.kind === 'law') return `法规条文依据${fresh.source.sheet ?? fresh.source.dataset}${change}`;
  return tableReason(context, binding, old, fresh.source, change);
}

/** Whether the data a binding reads came along with this refresh; a ledger not re-imported proves nothing. */
function provided(input: MergeInput, binding: Binding): boolean {
  return binding.kind === 'law' ? input.laws !== undefined : input.datasets.has(binding.dataset);
}

export function boundChanges(slots: readonly FieldSlot[], template: Template, input: MergeInput, cellChanges: CellChanges): StaleField[] {
  const issues: string[] = [];
  const resolver = fieldResolver(template, input, issues);
  const recomputed = new Map<string, Recomputed | null>();
  const context: Context = { input, cellChanges, ledgers: new Map() };
  const changes: StaleField[] = [];
  for (const { path, field } of slots) {
    const definition = resolver.fields.get(field.key);
    const binding = definition?.binding;
    if (!definition || !binding || !field.source || !provided(input, binding)) continue;
    let result = recomputed.get(field.key);
    if (result === undefined) {
      const before = issues.length;
      const fresh = resolver.bindField(field.key);
      result = fresh && { fresh, problems: issues.slice(before) };
      recomputed.set(field.key, result);
    }
    if (!result || result.fresh.value === field.value) continue;
    changes.push({
      path,
      key: field.key,
      oldValue: field.value,
      newValue: result.fresh.value,
      oldSource: field.source,
      newSource: result.fresh.source,
      reason: reason(context, definition, field.value, field.source, result),
    });
  }
  return changes;
}
