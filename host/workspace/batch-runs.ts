/**
 * Finished batch runs, kept so the 批量生成 screen still lists them — 文号, files, 打开文件夹 —
 * after the app restarts. A summary names its files by path (export ids last only as long as the
 * process); it is checked against its schema when read, and a damaged one is listed as damaged
 * rather than shown half-valid or dropped. Only the latest few are kept.
 */
import { batchOutcomeSchema } from '../../core/api/contract-batch.ts';
import { AppError } from '../../core/api/errors.ts';
import { describeIssues, z } from '../../core/validation/zod.ts';
import { newId } from './ids.ts';
import type { Workspace } from './open-workspace.ts';
import { inWriteTransaction } from './write-transaction.ts';

const StoredFileSchema = z.strictObject({ path: z.string().min(1).max(2_000) });

export const StoredBatchOutcomeSchema = batchOutcomeSchema(StoredFileSchema);
export type StoredBatchOutcome = z.infer<typeof StoredBatchOutcomeSchema>;

export interface StoredBatchRun {
  id: string;
  templateName: string;
  finishedAt: string;
  outcome: StoredBatchOutcome | null;
  /** Why the summary could not be read; null when it could. */
  problem: string | null;
}

/** How many finished runs the screen lists; older ones are removed as new ones finish. */
export const keptBatchRuns = 10;

export function recordBatchRun(ws: Workspace, templateName: string, outcome: StoredBatchOutcome): string {
  const result = StoredBatchOutcomeSchema.safeParse(outcome);
  if (!result.success) throw new AppError('INTERNAL', `批量生成的结果不完整，未能记入工作区：\n${describeIssues(result.error)}`);
  const id = newId();
  inWriteTransaction(ws, () => {
    ws.db.prepare('INSERT INTO batch_runs (id, template_name, finished_at, summary_json) VALUES (?, ?, ?, ?)').run(id, templateName, ws.now(), JSON.stringify(result.data));
    ws.db
      .prepare('DELETE FROM batch_runs WHERE id NOT IN (SELECT id FROM batch_runs ORDER BY finished_at DESC, rowid DESC LIMIT ?)')
      .run(keptBatchRuns);
  });
  return id;
}

function readOutcome(json: string): { outcome: StoredBatchOutcome | null; problem: string | null } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { outcome: null, problem: '这次批量生成的记录在工作区中已损坏（不是有效的 JSON），无法显示；生成的文件不受影响。' };
  }
  const result = StoredBatchOutcomeSchema.safeParse(value);
  if (!result.success) return { outcome: null, problem: `这次批量生成的记录在工作区中已损坏，无法显示；生成的文件不受影响：\n${describeIssues(result.error)}` };
  return { outcome: result.data, problem: null };
}

/** Newest first. */
export function listBatchRuns(ws: Workspace): StoredBatchRun[] {
  const rows = ws.db.prepare('SELECT id, template_name, finished_at, summary_json FROM batch_runs ORDER BY finished_at DESC, rowid DESC').all() as {
    id: string;
    template_name: string;
    finished_at: string;
    summary_json: string;
  }[];
  return rows.map((row) => ({ id: row.id, templateName: row.template_name, finishedAt: row.finished_at, ...readOutcome(row.summary_json) }));
}
