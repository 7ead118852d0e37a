/**
 * An imported ledger seen under the template's column names. Only the names change: the rows are
 * the importer's own arrays, so a 100 000-row ledger is not copied. A header the mapping leaves
 * out but that happens to carry one of the template's column names is hidden (given the empty
 * name, which no template can use), so an unmapped column never feeds the template by accident.
 */
import type { MergeTable } from '../template/merge-table.ts';
import type { DataTable } from './data-table.ts';

export interface MappedColumn {
  column: string;
  header: string | null;
}

/** Template column name → index of the ledger column feeding it. A Map, so `__proto__` is a name like any other. */
export function mappedColumnIndex(headers: readonly string[], mapping: readonly MappedColumn[]): Map<string, number> {
  // The first of two equal headers, as the matcher sees them; the importer numbers repeats anyway.
  const byHeader = new Map<string, number>();
  headers.forEach((header, index) => {
    if (!byHeader.has(header)) byHeader.set(header, index);
  });
  const index = new Map<string, number>();
  for (const { column, header } of mapping) {
    const at = header === null ? undefined : byHeader.get(header);
    if (at !== undefined) index.set(column, at);
  }
  return index;
}

export function applyMapping(table: DataTable, dataset: string, mapping: readonly MappedColumn[]): MergeTable {
  const headers = table.columns.map((column) => column.name);
  const index = mappedColumnIndex(headers, mapping);
  const templateNames = new Set(mapping.map((entry) => entry.column));
  const names = headers.map((header) => (templateNames.has(header) ? '' : header));
  for (const [column, at] of index) names[at] = column;
  return { name: dataset, sheet: table.source.sheet, columns: names, rows: table.rows, rowNumbers: table.sourceRows };
}
