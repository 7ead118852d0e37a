/**
 * Which of a template's datasets an imported ledger stands for, and its columns matched with what
 * the writer fixed: shared by `gongwen render --data` and the app's 数据 panel, so both pick and
 * match the same way.
 */
import { datasetsUsed } from '../template/template-datasets.ts';
import type { Template } from '../template/template-schema.ts';
import { requiredColumns } from './column-mapping-required.ts';
import { matchColumns, type ColumnMatch, type FixedColumn } from './column-mapping.ts';

/**
 * The only dataset the template reads, or the one whose required columns all find a header (the
 * one with the most matched columns when several do); null when the ledger fits none or several equally.
 */
export function fittingDataset(template: Template, headers: readonly string[]): string | null {
  const used = datasetsUsed(template);
  if (used.length <= 1) return used[0] ?? null;
  const fits = used
    .map((name) => ({ name, matches: matchColumns(requiredColumns(template, name), headers) }))
    .filter(({ matches }) => matches.length > 0 && matches.every((m) => !m.required || m.header !== null))
    .map(({ name, matches }) => ({ name, matched: matches.filter((m) => m.header !== null).length }))
    .sort((a, b) => b.matched - a.matched);
  if (fits.length === 1 || (fits.length > 1 && fits[0]!.matched > fits[1]!.matched)) return fits[0]!.name;
  return null;
}

/** Columns the writer maps now win over a mapping confirmed earlier; the rest are matched automatically. */
export function matchLedgerColumns(
  template: Template,
  dataset: string,
  headers: readonly string[],
  manual: readonly FixedColumn[],
  remembered: readonly FixedColumn[],
): ColumnMatch[] {
  const edited = new Set(manual.map((entry) => entry.column));
  return matchColumns(requiredColumns(template, dataset), headers, [...manual, ...remembered.filter((entry) => !edited.has(entry.column))]);
}
