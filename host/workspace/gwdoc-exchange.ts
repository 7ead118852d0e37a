/**
 * Moves a draft between the workspace and a .gwdoc file. Export gathers the draft, all its
 * versions and the datasets its fields (current or in any version) came from. Import never
 * overwrites anything local: the draft comes in under a new id with its versions, and a
 * dataset whose id is already taken by different data is kept local and reported.
 */
import { datasetsUsedBy } from '../../core/workspace/datasets-used.ts';
import type { GongwenDocument } from '../../core/model/document.ts';
import type { Dataset, DraftMeta } from '../../core/workspace/workspace-records.ts';
import { getDataset, saveDataset } from './datasets.ts';
import { getDraft, getDraftMeta } from './drafts.ts';
import { readGwdoc, saveGwdoc, type GwdocContents } from './gwdoc-file.ts';
import { draftTitle } from './stored-document.ts';
import { newId } from './ids.ts';
import type { Workspace } from './open-workspace.ts';
import { getVersion, listVersions } from './versions.ts';
import { inWriteTransaction } from './write-transaction.ts';

export async function exportGwdoc(ws: Workspace, draftId: string, target: string): Promise<void> {
  await saveGwdoc(gwdocContents(ws, draftId), target, ws.now());
}

/** `current`: the document as the editor holds it, which may be ahead of the last autosave. */
export function gwdocContents(ws: Workspace, draftId: string, current?: GongwenDocument): GwdocContents {
  const stored = getDraft(ws, draftId);
  const draft = current ? { ...stored, title: draftTitle(current), genre: current.genre, document: current } : stored;
  const versions = listVersions(ws, draftId).map((meta) => getVersion(ws, meta.id));
  const used = new Set([draft.document, ...versions.map((v) => v.document)].flatMap(datasetsUsedBy));
  const kept = new Set((ws.db.prepare('SELECT id FROM datasets').all() as Array<{ id: string }>).map((row) => row.id));
  const datasets = [...used].filter((id) => kept.has(id)).map((id) => getDataset(ws, id));
  return { draft, versions, datasets };
}

export interface GwdocImport {
  draft: DraftMeta;
  /** Things the writer should know, e.g. a dataset kept local because its id was taken. */
  notes: string[];
}

export async function importGwdoc(ws: Workspace, file: string): Promise<GwdocImport> {
  return importGwdocContents(ws, await readGwdoc(file));
}

/** `contents` has passed every check of the file; the draft and all it brings go in together or not at all. */
export function importGwdocContents(ws: Workspace, contents: GwdocContents): GwdocImport {
  return inWriteTransaction(ws, (): GwdocImport => {
    const draftId = newId();
    const { draft } = contents;
    ws.db
      .prepare(
        'INSERT INTO drafts (id, title, genre, template_id, template_version, pack_id, pack_version, document, created_at, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)',
      )
      .run(
        draftId,
        draft.title,
        draft.genre,
        draft.templateId,
        draft.templateVersion,
        draft.packId ?? null,
        draft.packVersion ?? null,
        JSON.stringify(draft.document),
        draft.createdAt,
        draft.updatedAt,
      );
    const insertVersion = ws.db.prepare('INSERT INTO draft_versions (id, draft_id, sequence, name, kind, note, document, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const version of contents.versions) {
      insertVersion.run(newId(), draftId, version.sequence, version.name, version.kind, version.note, JSON.stringify(version.document), version.createdAt);
    }
    const notes = [...(contents.notes ?? []), ...contents.datasets.flatMap((dataset) => importDataset(ws, dataset))];
    return { draft: getDraftMeta(ws, draftId), notes };
  });
}

function importDataset(ws: Workspace, dataset: Dataset): string[] {
  const local = ws.db.prepare('SELECT sha256, name FROM datasets WHERE id = ?').get(dataset.id) as { sha256: string; name: string } | undefined;
  if (!local) {
    saveDataset(ws, dataset);
    return [];
  }
  if (local.sha256 === dataset.source.sha256) return [];
  return [`数据表“${dataset.name}”与本机已有的“${local.name}”编号相同但内容不同，已保留本机的数据表；如需使用文件中的版本，请重新导入台账“${dataset.source.fileName}”。`];
}
