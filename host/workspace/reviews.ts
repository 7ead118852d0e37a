/**
 * The review read back into a draft, kept in the workspace as JSON and parsed with its schema
 * both ways, so a damaged row is reported by name instead of reaching the panel half-valid.
 */
import { ReviewStateSchema, type ReviewState } from '../../core/api/contract-review.ts';
import { AppError } from '../../core/api/errors.ts';
import { describeIssues } from '../../core/validation/zod.ts';
import type { Workspace } from './open-workspace.ts';
import { inWriteTransaction } from './write-transaction.ts';

export function getReview(ws: Workspace, draftId: string): ReviewState | null {
  const row = ws.db.prepare('SELECT state FROM draft_reviews WHERE draft_id = ?').get(draftId) as { state: string } | undefined;
  if (!row) return null;
  let value: unknown;
  try {
    value = JSON.parse(row.state);
  } catch (error) {
    throw new AppError('BAD_DOCUMENT', '工作区中保存的审阅意见已损坏（不是有效的 JSON），请重新导入审阅稿。', { cause: error });
  }
  const result = ReviewStateSchema.safeParse(value);
  if (!result.success) throw new AppError('BAD_DOCUMENT', `工作区中保存的审阅意见不符合格式，请重新导入审阅稿：\n${describeIssues(result.error)}`);
  return result.data;
}

export function putReview(ws: Workspace, state: ReviewState): ReviewState {
  const result = ReviewStateSchema.safeParse(state);
  if (!result.success) throw new AppError('BAD_ARGUMENTS', `审阅意见不符合格式，未保存：\n${describeIssues(result.error)}`);
  inWriteTransaction(ws, () => {
    ws.db
      .prepare('INSERT INTO draft_reviews (draft_id, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(draft_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at')
      .run(result.data.draftId, JSON.stringify(result.data), ws.now());
  });
  return result.data;
}
