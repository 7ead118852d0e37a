/** An imported ledger read back from the workspace, checked: a damaged entry is named, never half-used. */
import { AppError } from '../../core/api/errors.ts';
import type { DataTable } from '../../core/data/data-table.ts';
import { DataTableSchema } from '../../core/data/data-table-schema.ts';
import { getDataset } from '../workspace/datasets.ts';
import type { Workspace } from '../workspace/open-workspace.ts';

export function readStoredTable(ws: Workspace, id: string): DataTable {
  const stored = getDataset(ws, id);
  const parsed = DataTableSchema.safeParse(stored.table);
  if (!parsed.success) throw new AppError('BAD_DOCUMENT', `数据表“${stored.name}”（来自“${stored.source.fileName}”）在工作区中已损坏，请重新导入该台账。`);
  return parsed.data;
}
