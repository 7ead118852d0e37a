/**
 * Named versions of a draft (征求意见稿, 送审稿, 定稿 or any name): immutable snapshots of the
 * current state. Restoring one first snapshots what is current, so nothing is ever lost.
 */
import { AppError } from '../../core/api/errors.ts';
import type { GongwenDocument } from '../../core/model/document.ts';
import { diffDocuments, type DocumentDiff } from '../../core/workspace/document-diff.ts';
import { VersionMetaSchema, type DraftMeta, type Version, type VersionMeta } from '../../core/workspace/workspace-records.ts';
import { describeIssues } from '../../core/validation/zod.ts';
import { getDraft, getDraftMeta, saveDraft } from './drafts.ts';
import { newId } from './ids.ts';
import type { Workspace } from './open-workspace.ts';
import { documentFromStore } from './stored-document.ts';
import { inWriteTransaction } from './write-transaction.ts';

interface VersionRow {
  id: string;
  draft_id: string;
  sequence: number;
  name: string;
  kind: VersionMeta['kind'];
  note: string | null;
  document: string;
  created_at: string;
}

export interface NewVersion {
  draftId: string;
  name: string;
  note?: string | null;
}

export function createVersion(ws: Workspace, input: NewVersion): VersionMeta {
  return inWriteTransaction(ws, () => snapshot(ws, input.draftId, input.name, 'named', input.note ?? null));
}

/**
 * Keeps a given state as a named version and leaves the draft as it is: how typing that could not
 * be saved over a newer save (a crash, then the draft saved elsewhere) is kept beside it, not over it.
 */
export function keepVersion(ws: Workspace, input: NewVersion & { document: GongwenDocument }): VersionMeta {
  return inWriteTransaction(ws, () => snapshot(ws, input.draftId, input.name, 'named', input.note ?? null, input.document));
}

export function listVersions(ws: Workspace, draftId: string): VersionMeta[] {
  getDraftMeta(ws, draftId);
  const rows = ws.db.prepare('SELECT id, draft_id, sequence, name, kind, note, created_at FROM draft_versions WHERE draft_id = ? ORDER BY sequence').all(draftId) as VersionRow[];
  return rows.map(metaFromRow);
}

export function getVersion(ws: Workspace, versionId: string): Version {
  const row = ws.db.prepare('SELECT * FROM draft_versions WHERE id = ?').get(versionId) as VersionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `找不到该版本（编号 ${versionId}）。`);
  return { ...metaFromRow(row), document: documentFromStore(row.document, `版本“${row.name}”`) };
}

export interface RestoreResult {
  draft: DraftMeta;
  /** The snapshot of what was current just before the restore. */
  savedBefore: VersionMeta;
}

/** Makes an old version the current state again; the state it replaces becomes a version of its own. */
export function restoreVersion(ws: Workspace, input: { draftId: string; versionId: string }): RestoreResult {
  return inWriteTransaction(ws, (): RestoreResult => {
    const version = getVersion(ws, input.versionId);
    if (version.draftId !== input.draftId) throw new AppError('BAD_ARGUMENTS', `版本“${version.name}”不属于这份草稿，不能恢复到它。`);
    const savedBefore = snapshot(ws, input.draftId, `恢复“${version.name}”前的内容`, 'beforeRestore', null);
    const draft = saveDraft(ws, { id: input.draftId, document: version.document });
    return { draft, savedBefore };
  });
}

/** 'current' stands for the draft as it is now. */
export type VersionRef = string | 'current';

export function compareVersions(ws: Workspace, input: { draftId: string; before: VersionRef; after: VersionRef }): DocumentDiff {
  const load = (ref: VersionRef) => {
    if (ref === 'current') return getDraft(ws, input.draftId).document;
    const version = getVersion(ws, ref);
    if (version.draftId !== input.draftId) throw new AppError('BAD_ARGUMENTS', `版本“${version.name}”不属于这份草稿，不能比较。`);
    return version.document;
  };
  return diffDocuments(load(input.before), load(input.after));
}

function snapshot(ws: Workspace, draftId: string, name: string, kind: VersionMeta['kind'], note: string | null, document?: GongwenDocument): VersionMeta {
  const draft = getDraft(ws, draftId);
  const next = ws.db.prepare('SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM draft_versions WHERE draft_id = ?').get(draftId) as { next: number };
  const candidate = { id: newId(), draftId, sequence: next.next, name, kind, note, createdAt: ws.now() };
  const checked = VersionMetaSchema.safeParse(candidate);
  if (!checked.success) throw new AppError('BAD_ARGUMENTS', `草稿“${draft.title}”的版本未保存：\n${describeIssues(checked.error)}`);
  const meta = checked.data;
  ws.db
    .prepare('INSERT INTO draft_versions (id, draft_id, sequence, name, kind, note, document, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(meta.id, meta.draftId, meta.sequence, meta.name, meta.kind, meta.note, JSON.stringify(document ?? draft.document), meta.createdAt);
  return meta;
}

function metaFromRow(row: Omit<VersionRow, 'document'>): VersionMeta {
  return { id: row.id, draftId: row.draft_id, sequence: row.sequence, name: row.name, kind: row.kind, note: row.note, createdAt: row.created_at };
}
