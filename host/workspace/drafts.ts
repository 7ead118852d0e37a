/**
 * Drafts: the current state of each document being written. Autosave replaces that state
 * in one small UPDATE; history lives in named versions (versions.ts), not here.
 */
import { AppError } from '../../core/api/errors.ts';
import type { Draft, DraftMeta } from '../../core/workspace/workspace-records.ts';
import { newId } from './ids.ts';
import type { Workspace } from './open-workspace.ts';
import { documentFromStore, documentToStore, draftTitle } from './stored-document.ts';
import { inWriteTransaction } from './write-transaction.ts';

interface DraftRow {
  id: string;
  title: string;
  genre: string;
  template_id: string | null;
  template_version: string | null;
  pack_id: string | null;
  pack_version: string | null;
  document: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface NewDraft {
  document: unknown;
  templateId?: string | null;
  templateVersion?: string | null;
  packId?: string | null;
  packVersion?: string | null;
}

export function createDraft(ws: Workspace, input: NewDraft): Draft {
  const { document, json } = documentToStore(input.document, '新草稿');
  const at = ws.now();
  const row: DraftRow = {
    id: newId(),
    title: draftTitle(document),
    genre: document.genre,
    template_id: input.templateId ?? null,
    template_version: input.templateVersion ?? null,
    pack_id: input.packId ?? null,
    pack_version: input.packVersion ?? null,
    document: json,
    created_at: at,
    updated_at: at,
    revision: 1,
  };
  const insert = ws.db.prepare(
    'INSERT INTO drafts (id, title, genre, template_id, template_version, pack_id, pack_version, document, created_at, updated_at, revision) VALUES (@id, @title, @genre, @template_id, @template_version, @pack_id, @pack_version, @document, @created_at, @updated_at, @revision)',
  );
  inWriteTransaction(ws, () => insert.run(row));
  return { ...metaFromRow(row), document };
}

export function getDraft(ws: Workspace, id: string): Draft {
  const row = ws.db.prepare('SELECT * FROM drafts WHERE id = ?').get(id) as DraftRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `找不到草稿（编号 ${id}），它可能已被删除。`);
  return { ...metaFromRow(row), document: documentFromStore(row.document, `草稿“${row.title}”`) };
}

export function getDraftMeta(ws: Workspace, id: string): DraftMeta {
  const row = ws.db.prepare('SELECT id, title, genre, template_id, template_version, pack_id, pack_version, created_at, updated_at, revision FROM drafts WHERE id = ?').get(id) as
    DraftRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `找不到草稿（编号 ${id}），它可能已被删除。`);
  return metaFromRow(row);
}

export function listDrafts(ws: Workspace): DraftMeta[] {
  const rows = ws.db
    .prepare('SELECT id, title, genre, template_id, template_version, pack_id, pack_version, created_at, updated_at, revision FROM drafts ORDER BY updated_at DESC, id')
    .all() as DraftRow[];
  return rows.map(metaFromRow);
}

export interface DraftSave {
  id: string;
  document: unknown;
  /** The revision the editor last loaded or saved; omit to overwrite whatever is stored. */
  expectedRevision?: number;
}

/** Autosave: replaces the current state and returns the new revision. */
export function saveDraft(ws: Workspace, input: DraftSave): DraftMeta {
  return inWriteTransaction(ws, (): DraftMeta => {
    const current = ws.db
      .prepare('SELECT id, title, genre, template_id, template_version, pack_id, pack_version, created_at, updated_at, revision FROM drafts WHERE id = ?')
      .get(input.id) as DraftRow | undefined;
    if (!current) throw new AppError('NOT_FOUND', `找不到草稿（编号 ${input.id}），无法保存。`);
    if (input.expectedRevision !== undefined && input.expectedRevision !== current.revision) {
      throw new AppError('CONFLICT', `草稿“${current.title}”已在别处（另一个窗口或命令行）保存过更新的内容（第 ${current.revision} 次保存，本窗口基于第 ${input.expectedRevision} 次）。为免覆盖，本次未保存；请重新打开该草稿。`);
    }
    const { document, json } = documentToStore(input.document, `草稿“${current.title}”`);
    const updated: DraftRow = { ...current, title: draftTitle(document), genre: document.genre, document: json, updated_at: ws.now(), revision: current.revision + 1 };
    ws.db.prepare('UPDATE drafts SET title = @title, genre = @genre, document = @document, updated_at = @updated_at, revision = @revision WHERE id = @id').run(updated);
    return metaFromRow(updated);
  });
}

function metaFromRow(row: Omit<DraftRow, 'document'>): DraftMeta {
  return {
    id: row.id,
    title: row.title,
    genre: row.genre as DraftMeta['genre'],
    templateId: row.template_id,
    templateVersion: row.template_version,
    packId: row.pack_id,
    packVersion: row.pack_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}
