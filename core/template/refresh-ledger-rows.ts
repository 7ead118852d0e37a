/**
 * A re-imported ledger seen by row number and by the cells a document shows of its rows:
 * the lookups the refresh needs, each built once per ledger and only when asked for.
 */
import type { FieldSlot } from './refresh-walk.ts';
import { ledgerIndex } from './ledger-index.ts';
import { cellText, type MergeTable } from './merge-table.ts';

/** One ledger row as a document shows it: the cells of one repeat pass. */
export interface RowRecord {
  /** The row number the document shows. */
  number: number;
  /** Column → the value the document shows, for the columns the new ledger still has. */
  cells: Map<string, string>;
  slots: FieldSlot[];
  /** Row index in the new ledger, once aligned. */
  at: number | null;
}

export class LedgerRows {
  readonly columns: ReadonlyMap<string, number>;
  /** Row numbers normally ascend (blank rows dropped), so a number is found by bisection; a Map otherwise. */
  private byNumber: Map<number, number> | 'ascending' | null = null;

  constructor(readonly table: MergeTable) {
    this.columns = ledgerIndex(table).columns;
  }

  numberOf(row: number): number {
    return this.table.rowNumbers[row] ?? row + 1;
  }

  indexOf(number: number): number | undefined {
    const count = this.table.rows.length;
    if (this.byNumber === null) {
      let ascending = true;
      for (let i = 1; i < count && ascending; i++) ascending = this.numberOf(i) > this.numberOf(i - 1);
      this.byNumber = ascending ? 'ascending' : new Map(Array.from({ length: count }, (_, i) => [this.numberOf(i), i]));
    }
    if (this.byNumber !== 'ascending') return this.byNumber.get(number);
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = this.numberOf(middle);
      if (at === number) return middle;
      if (at < number) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  text(row: number, column: string): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : cellText(this.table.rows[row]?.[index] ?? null);
  }

  holds(record: RowRecord, row: number): boolean {
    for (const [column, value] of record.cells) if (this.text(row, column) !== value) return false;
    return true;
  }

  /** Whether the row still shows at least half of the record's cells: the same case with a cell or two edited. */
  shares(record: RowRecord, row: number): boolean {
    let same = 0;
    for (const [column, value] of record.cells) if (this.text(row, column) === value) same++;
    return same > 0 && same * 2 >= record.cells.size;
  }

  /**
   * For each record, the rows whose cells equal all of its shown cells, in ledger order. One scan
   * per first column shown, comparing that cell alone before the rest: a 100 000-row ledger is
   * read once however many records are looked for.
   */
  findIntact(records: readonly RowRecord[]): Map<RowRecord, number[]> {
    const found = new Map<RowRecord, number[]>();
    const byColumn = new Map<string, Map<string, RowRecord[]>>();
    for (const record of records) {
      const first = record.cells.entries().next();
      if (first.done) continue;
      const [column, value] = first.value;
      found.set(record, []);
      let byValue = byColumn.get(column);
      if (!byValue) byColumn.set(column, (byValue = new Map()));
      byValue.set(value, [...(byValue.get(value) ?? []), record]);
    }
    for (const [column, byValue] of byColumn) {
      const index = this.columns.get(column)!;
      const rows = this.table.rows;
      for (let i = 0; i < rows.length; i++) {
        const waiting = byValue.get(cellText(rows[i]![index] ?? null));
        if (waiting) for (const record of waiting) if (this.holds(record, i)) found.get(record)!.push(i);
      }
    }
    return found;
  }
}

