/**
 * Values a repeat printed from one ledger row each. A row is known only by its number and the
 * cells the document shows, so the re-imported ledger is aligned to them: a row whose shown
 * cells still sit at its number is unchanged; one found intact elsewhere has moved (rows
 * inserted or deleted above it); one whose place is still free between its neighbours was
 * edited in place; anything else has disappeared.
 */
import type { FieldInline, Provenance } from '../model/inline.ts';
import type { MergeInput } from './merge.ts';
import { rowValue } from './merge.ts';
import { LedgerRows, type RowRecord } from './refresh-ledger-rows.ts';
import { recordCellChange, tableNamed, type CellChanges, type StaleField } from './refresh-change.ts';
import type { FieldSlot } from './refresh-walk.ts';

/** The provenance of one cell printed inside a repeat: one row, one column, no filter. */
export function isRowValue(field: FieldInline): field is FieldInline & { source: Provenance } {
  const source = field.source;
  return source !== null && source.aggregate === 'value' && source.filter === '' && source.rows.length === 1 && source.column === field.key;
}

function describeRecord(record: RowRecord): string {
  return [...record.cells].map(([column, value]) => `${column}“${value}”`).join('，');
}

function align(rows: LedgerRows, records: RowRecord[]): void {
  const used = new Set<number>();
  for (const record of records) {
    const same = rows.indexOf(record.number);
    if (same !== undefined && rows.holds(record, same)) {
      record.at = same;
      used.add(same);
    }
  }
  // Rows inserted or deleted above shift the rest by the same amount, so a row is looked for near its neighbour's shift.
  const intact = rows.findIntact(records.filter((record) => record.at === null));
  let shift = 0;
  for (const record of records) {
    if (record.at === null) {
      const expected = record.number + shift;
      let best: number | null = null;
      for (const row of intact.get(record) ?? []) {
        if (used.has(row)) continue;
        if (best === null || Math.abs(rows.numberOf(row) - expected) < Math.abs(rows.numberOf(best) - expected)) best = row;
      }
      if (best !== null) {
        record.at = best;
        used.add(best);
      }
    }
    if (record.at !== null) shift = rows.numberOf(record.at) - record.number;
  }
  // What is left was edited in place when its place is still free between its aligned neighbours and either
  // no row was inserted or deleted between them, or the row there still shows most of the same cells.
  const next: (RowRecord | null)[] = [];
  let following: RowRecord | null = null;
  for (let i = records.length - 1; i >= 0; i--) {
    next[i] = following;
    if (records[i]!.at !== null) following = records[i]!;
  }
  let before = { old: 1, now: 1 };
  records.forEach((record, i) => {
    if (record.at === null) {
      const after = next[i];
      const afterAt = after?.at == null ? Infinity : rows.numberOf(after.at);
      const place = rows.indexOf(record.number + before.now - before.old);
      if (place !== undefined && !used.has(place) && rows.numberOf(place) > before.now && rows.numberOf(place) < afterAt) {
        const sameGap = after?.at != null && afterAt - before.now === after.number - before.old;
        if (sameGap || rows.shares(record, place)) {
          record.at = place;
          used.add(place);
        }
      }
    }
    if (record.at !== null) before = { old: record.number, now: rows.numberOf(record.at) };
  });
}

function recordChanges(rows: LedgerRows, record: RowRecord, cellChanges: CellChanges): StaleField[] {
  const name = rows.table.name;
  const changes: StaleField[] = [];
  for (const { path, field } of record.slots) {
    const source = field.source!;
    const oldValue = field.value ?? '';
    const column = rows.columns.get(field.key);
    // The value can no longer be read from the ledger: reported with why, never cleared.
    const unreadable = (reason: string) => changes.push({ path, key: field.key, oldValue: field.value, newValue: null, oldSource: source, newSource: null, reason });
    if (column === undefined) {
      unreadable(`台账“${name}”已没有“${field.key}”列，原第 ${record.number} 行的“${oldValue}”无从核对`);
      continue;
    }
    if (record.at === null) {
      unreadable(`台账“${name}”已找不到原第 ${record.number} 行（${describeRecord(record)}），该行可能已删除`);
      continue;
    }
    const fresh = rowValue(rows.table, record.at, field.key, column);
    const number = rows.numberOf(record.at);
    const moved = number !== record.number;
    const edited = fresh.value !== oldValue;
    if (!moved && !edited) continue;
    if (edited) recordCellChange(cellChanges, name, number, field.key, oldValue, fresh.value ?? '');
    const where = moved ? `原第 ${record.number} 行现为第 ${number} 行` : `第 ${number} 行`;
    const what = edited ? `${moved ? '，' : ''}“${field.key}”由“${oldValue}”改为“${fresh.value}”` : '';
    changes.push({ path, key: field.key, oldValue: field.value, newValue: fresh.value, oldSource: source, newSource: fresh.source, reason: `台账“${name}”${where}${what}` });
  }
  return changes;
}

/** Where the document's rows of one ledger are in the re-imported one: shown row number → row index, or null when gone. */
export interface AlignedLedger {
  rows: LedgerRows;
  at: Map<number, number | null>;
}

/**
 * Changes to values printed from single ledger rows, and where each row shown now is, by the
 * ledger name in the provenance. Cells found edited are also written to `cellChanges`, so that
 * a count they moved can name the edit that moved it.
 */
export function rowChanges(slots: readonly FieldSlot[], input: MergeInput, cellChanges: CellChanges): { changes: StaleField[]; aligned: Map<string, AlignedLedger> } {
  const byDataset = new Map<string, Map<number, RowRecord>>();
  for (const slot of slots) {
    const source = slot.field.source!;
    let records = byDataset.get(source.dataset);
    if (!records) byDataset.set(source.dataset, (records = new Map()));
    const number = source.rows[0]!;
    let record = records.get(number);
    if (!record) records.set(number, (record = { number, cells: new Map(), slots: [], at: null }));
    record.slots.push(slot);
  }
  const changes: StaleField[] = [];
  const aligned = new Map<string, AlignedLedger>();
  for (const [dataset, byNumber] of byDataset) {
    const table = tableNamed(input, dataset);
    // A ledger that was not re-imported says nothing about its rows.
    if (!table) continue;
    const rows = new LedgerRows(table);
    const records = [...byNumber.values()].sort((a, b) => a.number - b.number);
    for (const record of records) {
      for (const { field } of record.slots) if (rows.columns.has(field.key) && !record.cells.has(field.key)) record.cells.set(field.key, field.value ?? '');
    }
    align(rows, records);
    for (const record of records) changes.push(...recordChanges(rows, record, cellChanges));
    aligned.set(dataset, { rows, at: new Map(records.map((record) => [record.number, record.at])) });
  }
  return { changes, aligned };
}
