/**
 * The host side of the review calls: the 送审稿 goes out as a named version stamped in its
 * .docx, the reviewed file comes back through core/review, and accepted changes go into the
 * draft and a new named version in one transaction.
 */
import type { ApiHandlers } from '../../core/api/contract.ts';
import type { reviewContract, ReviewState } from '../../core/api/contract-review.ts';
import { AppError } from '../../core/api/errors.ts';
import { DocxReadError } from '../../core/docx-read/docx-read-error.ts';
import { writeDocx } from '../../core/docx/write-docx.ts';
import type { GongwenDocument } from '../../core/model/document.ts';
import type { VersionMeta } from '../../core/workspace/workspace-records.ts';
import { applyReview, dataFieldsChanged } from '../../core/review/apply-review.ts';
import { mapReview } from '../../core/review/map-review.ts';
import { readReviewedDocx } from '../../core/review/read-reviewed-docx.ts';
import { ReviewError } from '../../core/review/review-error.ts';
import { saveExport, type ExportRegistry } from '../exports.ts';
import { getDraft, saveDraft } from '../workspace/drafts.ts';
import type { Workspace } from '../workspace/open-workspace.ts';
import { getReview, putReview } from '../workspace/reviews.ts';
import { createVersion, getVersion, listVersions } from '../workspace/versions.ts';
import { inWriteTransaction } from '../workspace/write-transaction.ts';

type ReviewHandlers = Pick<ApiHandlers, keyof typeof reviewContract>;

export const reviewVersionName = '送审稿';

interface Deps {
  workspace: () => Workspace;
  exportDir: string;
  exports: ExportRegistry;
}

function storedReview(ws: Workspace, draftId: string): ReviewState {
  const review = getReview(ws, draftId);
  if (!review) throw new AppError('NOT_FOUND', '这份草稿还没有导入审阅稿。');
  return review;
}

/** The 送审稿 version to send: the last one when the draft has not changed since, otherwise a new one. */
function sendingVersion(ws: Workspace, draftId: string): VersionMeta {
  return inWriteTransaction(ws, () => {
    const last = listVersions(ws, draftId).findLast((v) => v.name === reviewVersionName);
    const current = JSON.stringify(getDraft(ws, draftId).document);
    if (last && JSON.stringify(getVersion(ws, last.id).document) === current) return last;
    return createVersion(ws, { draftId, name: reviewVersionName, note: '导出送审' });
  });
}

function readReview(ws: Workspace, draftId: string, name: string, bytes: Uint8Array): ReviewState {
  const draft = getDraft(ws, draftId);
  const versions = listVersions(ws, draftId).map((v) => getVersion(ws, v.id));
  let reviewed;
  let report;
  try {
    reviewed = readReviewedDocx(bytes);
    report = mapReview({ id: draft.id, title: draft.title, document: draft.document, versions }, reviewed);
  } catch (error) {
    if (error instanceof ReviewError) throw new AppError('BAD_DOCUMENT', error.message, { cause: error });
    if (error instanceof DocxReadError) throw new AppError('BAD_DOCUMENT', `无法读取审阅稿“${name}”：${error.message}`, { cause: error });
    throw error;
  }
  const version = report.versionName === null ? undefined : versions.find((v) => v.id === reviewed.stamp?.versionId);
  const sent: GongwenDocument = version?.document ?? draft.document;
  return {
    draftId,
    fileName: name,
    importedAt: ws.now(),
    versionId: version?.id ?? null,
    versionName: version?.name ?? null,
    sentDocument: version ? null : draft.document,
    anchored: report.anchored,
    notes: report.notes,
    items: report.changes.map((change, id) => ({ ...change, at: change.at ?? null, reading: change.reading ?? null, movedAfter: change.movedAfter ?? null, id, dataFields: dataFieldsChanged(sent, change), decision: 'pending', resolved: false, replies: [] })),
    appliedVersion: null,
  };
}

export function createReviewHandlers({ workspace, exportDir, exports }: Deps): ReviewHandlers {
  return {
    exportForReview: async ({ draftId, fontProfile, note, asCopy }) => {
      const ws = workspace();
      const version = sendingVersion(ws, draftId);
      const { document } = getVersion(ws, version.id);
      const bytes = await writeDocx(document, { fontProfile, review: { draftId, versionId: version.id, versionName: version.name }, headerNote: note });
      const title = `${document.title.replace(/\n/g, '')}（${reviewVersionName}）`;
      return { export: await saveExport(bytes, title, '.docx', exportDir, exports, { asCopy }), version };
    },
    importReview: async ({ draftId, file }) => {
      const ws = workspace();
      return putReview(ws, readReview(ws, draftId, file.name, new Uint8Array(Buffer.from(file.base64, 'base64'))));
    },
    getReview: async ({ draftId }) => getReview(workspace(), draftId),
    updateReview: async ({ draftId, updates }) => {
      const ws = workspace();
      return inWriteTransaction(ws, () => {
        const review = storedReview(ws, draftId);
        for (const update of updates) {
          const item = review.items.find((i) => i.id === update.id);
          if (!item) throw new AppError('NOT_FOUND', `审阅意见中没有第 ${update.id + 1} 条。`);
          if (update.decision) item.decision = update.decision;
          if (update.resolved !== undefined) item.resolved = update.resolved;
          if (update.reply) item.replies.push({ text: update.reply, at: ws.now() });
        }
        return putReview(ws, review);
      });
    },
    applyReview: async ({ draftId, versionName }) => {
      const ws = workspace();
      return inWriteTransaction(ws, () => {
        const review = storedReview(ws, draftId);
        if (review.appliedVersion) throw new AppError('CONFLICT', `这份审阅稿的修改已接受为版本“${review.appliedVersion}”。如需再次处理，请重新导入审阅稿。`);
        const accepted = review.items.filter((i) => i.decision === 'accepted' && i.kind !== 'comment');
        if (accepted.length === 0) throw new AppError('BAD_ARGUMENTS', '还没有接受任何修改：请先逐条“接受”，或点“全部接受”。');
        const sent = review.versionId ? getVersion(ws, review.versionId).document : review.sentDocument;
        if (!sent) throw new AppError('BAD_DOCUMENT', '找不到送审时的文字，无法对照接受修改；请重新导入审阅稿。');
        const current = getDraft(ws, draftId);
        const result = applyReview(sent, current.document, review.items);
        saveDraft(ws, { id: draftId, document: result.document, expectedRevision: current.revision });
        const who = [...new Set(accepted.flatMap((i) => (i.author ? [i.author] : [])))].join('、');
        const applied = result.applied.filter((id) => accepted.some((i) => i.id === id)).length;
        const version = createVersion(ws, { draftId, name: versionName, note: `接受${who ? `${who}的` : ''}审阅修改 ${applied} 处` });
        review.appliedVersion = version.name;
        return { draft: getDraft(ws, draftId), version, review: putReview(ws, review), problems: result.problems };
      });
    },
  };
}
