/**
 * The gap calls behind the API: suggestGapValues over the workspace's most recently imported
 * ledgers (or those the editor names), and the hand-made binding — every imported ledger with its
 * columns, a column's values for a filter, and the value one pick gives. Parsed tables stay cached
 * by id and import time, so opening one chip after another does not re-read the workspace each time.
 */
import type { ApiArgs, ApiResult } from '../../core/api/contract.ts';
import { maxFilterValues } from '../../core/api/contract-gaps.ts';
import { AppError } from '../../core/api/errors.ts';
import type { DataTable } from '../../core/data/data-table.ts';
import { evaluatePick, PickError } from '../../core/gaps/ledger-pick.ts';
import { suggestValues } from '../../core/gaps/suggest-values.ts';
import { BindingSchema } from '../../core/template/binding-schema.ts';
import { trimmedText } from '../../core/template/ledger-index.ts';
import type { MergeTable } from '../../core/template/merge-table.ts';
import { ledgerAsDataset } from '../../core/template/template-datasets.ts';
import { describeIssues } from '../../core/validation/zod.ts';
import type { DatasetMeta } from '../../core/workspace/workspace-records.ts';
import { listDatasets } from '../workspace/datasets.ts';
import type { Workspace } from '../workspace/open-workspace.ts';
import { readStoredTable } from './stored-table.ts';

/** Ledgers looked at when the editor names none: a draft's ledgers are the ones imported lately. */
const recentLedgers = 10;

interface Ledger {
  data: DataTable;
  table: MergeTable;
}

export function createGapHandlers(workspace: () => Workspace) {
  const cache = new Map<string, Ledger>();

  const ledgerOf = (meta: DatasetMeta): Ledger => {
    const key = `${meta.id}\u0000${meta.source.importedAt}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const data = readStoredTable(workspace(), meta.id);
    const ledger = { data, table: ledgerAsDataset(data, meta.name) };
    for (const old of [...cache.keys()].filter((k) => k.startsWith(`${meta.id}\u0000`))) cache.delete(old);
    cache.set(key, ledger);
    while (cache.size > recentLedgers) cache.delete(cache.keys().next().value!);
    return ledger;
  };

  const ledgerById = (datasetId: string): Ledger => {
    const meta = listDatasets(workspace()).find((m) => m.id === datasetId);
    if (!meta) throw new AppError('NOT_FOUND', '找不到所选的台账，它可能已被重新导入或删除；请重新选择。');
    return ledgerOf(meta);
  };

  return {
    async suggestGapValues({ before, after, unit, datasetIds }: ApiArgs<'suggestGapValues'>[0]): Promise<ApiResult<'suggestGapValues'>> {
      const all = listDatasets(workspace());
      const chosen = datasetIds ? all.filter((meta) => datasetIds.includes(meta.id)) : all.slice(0, recentLedgers);
      const tables = chosen.map((meta) => ledgerOf(meta).table);
      return { suggestions: suggestValues({ before, after, unit }, tables), ledgers: tables.map((table) => table.name) };
    },

    async listLedgers(): Promise<ApiResult<'listLedgers'>> {
      const ledgers = listDatasets(workspace()).map((meta) => {
        const { data } = ledgerOf(meta);
        return {
          datasetId: meta.id,
          name: meta.name,
          fileName: meta.source.fileName,
          importedAt: meta.source.importedAt,
          rowCount: data.rows.length,
          columns: data.columns.map(({ name, type }) => ({ name, type })),
        };
      });
      return { ledgers };
    },

    async ledgerColumnValues({ datasetId, column }: ApiArgs<'ledgerColumnValues'>[0]): Promise<ApiResult<'ledgerColumnValues'>> {
      const { table } = ledgerById(datasetId);
      const index = table.columns.indexOf(column);
      if (index === -1) throw new AppError('BAD_ARGUMENTS', `台账“${table.name}”没有“${column}”列`);
      const values = new Set<string>();
      for (const row of table.rows) {
        const text = trimmedText(row[index] ?? null);
        if (text === '' || values.has(text)) continue;
        if (values.size === maxFilterValues) return { values: [...values], more: true };
        values.add(text);
      }
      return { values: [...values], more: false };
    },

    async pickLedgerValue({ datasetId, ...pick }: ApiArgs<'pickLedgerValue'>[0]): Promise<ApiResult<'pickLedgerValue'>> {
      const { table } = ledgerById(datasetId);
      let picked;
      try {
        picked = evaluatePick(table, pick);
      } catch (error) {
        if (error instanceof PickError) throw new AppError('BAD_ARGUMENTS', error.message);
        throw error;
      }
      // A binding names its ledger and columns by plain words; a name with spaces or dots cannot be stored.
      const checked = BindingSchema.safeParse(picked.binding);
      if (!checked.success) throw new AppError('BAD_ARGUMENTS', `台账“${table.name}”的名称或列名不能用于绑定：${describeIssues(checked.error)}；请改名后重新导入`);
      return picked;
    },
  };
}
