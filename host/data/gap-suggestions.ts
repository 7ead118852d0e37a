/**
 * suggestGapValues behind the API: the ledgers a gap may count are the workspace's most recently
 * imported ones (or those the editor names); parsed tables stay cached by id and import time, so
 * opening one chip after another does not re-read the workspace each time.
 */
import type { ApiArgs, ApiResult } from '../../core/api/contract.ts';
import { suggestValues } from '../../core/gaps/suggest-values.ts';
import type { MergeTable } from '../../core/template/merge-table.ts';
import { ledgerAsDataset } from '../../core/template/template-datasets.ts';
import { listDatasets } from '../workspace/datasets.ts';
import type { Workspace } from '../workspace/open-workspace.ts';
import { readStoredTable } from './stored-table.ts';

/** Ledgers looked at when the editor names none: a draft's ledgers are the ones imported lately. */
const recentLedgers = 10;

export function createGapHandlers(workspace: () => Workspace) {
  const cache = new Map<string, MergeTable>();

  const tableOf = (id: string, name: string, importedAt: string): MergeTable => {
    const key = `${id}\u0000${importedAt}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const table = ledgerAsDataset(readStoredTable(workspace(), id), name);
    for (const old of [...cache.keys()].filter((k) => k.startsWith(`${id}\u0000`))) cache.delete(old);
    cache.set(key, table);
    while (cache.size > recentLedgers) cache.delete(cache.keys().next().value!);
    return table;
  };

  return {
    async suggestGapValues({ before, after, unit, datasetIds }: ApiArgs<'suggestGapValues'>[0]): Promise<ApiResult<'suggestGapValues'>> {
      const all = listDatasets(workspace());
      const chosen = datasetIds ? all.filter((meta) => datasetIds.includes(meta.id)) : all.slice(0, recentLedgers);
      const tables = chosen.map((meta) => tableOf(meta.id, meta.name, meta.source.importedAt));
      return { suggestions: suggestValues({ before, after, unit }, tables), ledgers: tables.map((table) => table.name) };
    },
  };
}
