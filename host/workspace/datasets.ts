/**
 * Imported ledgers kept in the workspace with where they came from (file, sheet, sha256,
 * imported at). The table is whatever the ledger importer built and checked; the workspace
 * only stores it as JSON, so the importer's format can grow without a migration here.
 */
import { AppError } from '../../core/api/errors.ts';
import { DatasetMetaSchema, type Dataset, type DatasetMeta } from '../../core/workspace/workspace-records.ts';
import { z } from '../../core/validation/zod.ts';
import { newId } from './ids.ts';
import type { Workspace } from './open-workspace.ts';
import { parseInput } from './parse-input.ts';
import { inWriteTransaction } from './write-transaction.ts';

const NewDatasetSchema = DatasetMetaSchema.extend({ id: DatasetMetaSchema.shape.id.optional() });

interface DatasetRow {
  id: string;
  name: string;
  file_name: string;
  sheet: string | null;
  sha256: string;
  imported_at: string;
  table_json: string;
}

/** Stores a table; an existing id is replaced (a re-import of the same ledger). Returns the id. */
export function saveDataset(ws: Workspace, input: z.input<typeof NewDatasetSchema> & { table: unknown }): DatasetMeta {
  const meta = parseInput(NewDatasetSchema, { id: input.id, name: input.name, source: input.source }, '保存数据表');
  const tableJson = JSON.stringify(input.table);
  if (tableJson === undefined) throw new AppError('BAD_ARGUMENTS', `数据表“${meta.name}”没有内容，未保存。`);
  const saved: DatasetMeta = { ...meta, id: meta.id ?? newId() };
  inWriteTransaction(ws, () => {
    ws.db
      .prepare(
        `INSERT INTO datasets (id, name, file_name, sheet, sha256, imported_at, table_json) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, file_name = excluded.file_name, sheet = excluded.sheet, sha256 = excluded.sha256, imported_at = excluded.imported_at, table_json = excluded.table_json`,
      )
      .run(saved.id, saved.name, saved.source.fileName, saved.source.sheet, saved.source.sha256, saved.source.importedAt, tableJson);
  });
  return saved;
}

export function listDatasets(ws: Workspace): DatasetMeta[] {
  const rows = ws.db.prepare('SELECT id, name, file_name, sheet, sha256, imported_at FROM datasets ORDER BY imported_at DESC, id').all() as DatasetRow[];
  return rows.map(metaFromRow);
}

export function getDataset(ws: Workspace, id: string): Dataset {
  const row = ws.db.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as DatasetRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `找不到数据表（编号 ${id}），它可能尚未导入或已被删除。`);
  let table: unknown;
  try {
    table = JSON.parse(row.table_json);
  } catch (error) {
    throw new AppError('BAD_DOCUMENT', `数据表“${row.name}”（来自“${row.file_name}”）在工作区中已损坏，请重新导入该台账。`, { cause: error });
  }
  return { ...metaFromRow(row), table };
}

function metaFromRow(row: Omit<DatasetRow, 'table_json'>): DatasetMeta {
  return { id: row.id, name: row.name, source: { fileName: row.file_name, sheet: row.sheet, sha256: row.sha256, importedAt: row.imported_at } };
}
