/**
 * Opening a draft whose stored content cannot be read (damaged on disk, or written by a broken
 * program): it opens from its newest version that can be read, as a new revision, so the writer
 * goes on from there instead of facing an error. The unreadable content is first written to a
 * file beside the workspace (never deleted) and the writer is told which version, from when, and
 * where the damaged copy is. With no readable version the original error stands.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import type { Draft } from '../../core/workspace/workspace-records.ts';
import { describeFileError } from '../files/describe-file-error.ts';
import { fileStamp, localTime } from '../files/local-time.ts';
import { atomicWriteNow } from '../files/write-file-now.ts';
import { getDraft, saveDraft } from './drafts.ts';
import type { Workspace } from './open-workspace.ts';
import { getVersion, listVersions } from './versions.ts';
import { inWriteTransaction } from './write-transaction.ts';

/** Folder beside the workspace file where unreadable draft contents are kept. */
export const damagedDraftsFolder = 'damaged-drafts';

export interface OpenedDraft {
  draft: Draft;
  /** Set when the draft was restored from a version: what the writer is told. */
  notice?: string;
}

export function openDraft(ws: Workspace, id: string): OpenedDraft {
  try {
    return { draft: getDraft(ws, id) };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'BAD_DOCUMENT') throw error;
    return recoverFromVersion(ws, id, error);
  }
}

function recoverFromVersion(ws: Workspace, id: string, damage: AppError): OpenedDraft {
  const good = listVersions(ws, id)
    .reverse()
    .map((meta) => {
      try {
        return getVersion(ws, meta.id);
      } catch {
        return null;
      }
    })
    .find((version) => version !== null);
  if (!good) throw new AppError('BAD_DOCUMENT', `${damage.message}\n这份草稿也没有可以读取的版本，无法恢复。`, { cause: damage });
  const row = ws.db.prepare('SELECT title, document FROM drafts WHERE id = ?').get(id) as { title: string; document: string };
  const aside = path.join(path.dirname(ws.file), damagedDraftsFolder, `${id}.corrupt-${fileStamp(ws.now())}.json`);
  // Kept before the row is replaced: were this write to fail, the draft stays as it was and the writer is told why.
  try {
    mkdirSync(path.dirname(aside), { recursive: true });
    atomicWriteNow(aside, new TextEncoder().encode(row.document));
  } catch (error) {
    const { code, message } = describeFileError(error, aside);
    throw new AppError(code, `${damage.message}
可以从版本“${good.name}”恢复，但损坏的内容未能先另存，因此没有改动：${message}`, { cause: error });
  }
  const draft = inWriteTransaction(ws, () => {
    saveDraft(ws, { id, document: good.document });
    return getDraft(ws, id);
  });
  const notice =
    `草稿“${row.title}”在工作区中的内容已损坏，无法读取；已从 ${localTime(good.createdAt)} 的版本“${good.name}”恢复，此后的修改未能找回。` +
    `损坏的内容另存为“${path.join(damagedDraftsFolder, path.basename(aside))}”（未删除，在工作区文件夹中），可交技术人员尝试找回。`;
  return { draft, notice };
}
