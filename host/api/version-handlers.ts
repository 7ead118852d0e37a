/** The host side of the version calls: thin wrappers over the workspace's versions.ts. */
import type { ApiHandlers } from '../../core/api/contract.ts';
import { versionsContract } from '../../core/api/contract-versions.ts';
import { getDraft, saveDraft } from '../workspace/drafts.ts';
import type { Workspace } from '../workspace/open-workspace.ts';
import { compareVersions, createVersion, getVersion, keepVersion, listVersions, restoreVersion } from '../workspace/versions.ts';
import { inWriteTransaction } from '../workspace/write-transaction.ts';

type VersionHandlers = Pick<ApiHandlers, keyof typeof versionsContract>;

export function createVersionHandlers(workspace: () => Workspace): VersionHandlers {
  return {
    listVersions: async ({ draftId }) => listVersions(workspace(), draftId),
    saveVersion: async ({ draftId, name, note, document, expectedRevision }) => {
      const ws = workspace();
      return inWriteTransaction(ws, () => {
        if (document) saveDraft(ws, { id: draftId, document, expectedRevision });
        const version = createVersion(ws, { draftId, name, note: note ?? null });
        const { document: _current, ...draft } = getDraft(ws, draftId);
        return { version, draft };
      });
    },
    keepVersion: async ({ draftId, name, note, document }) => keepVersion(workspace(), { draftId, name, note: note ?? null, document }),
    getVersion: async ({ versionId }) => getVersion(workspace(), versionId),
    restoreVersion: async ({ draftId, versionId }) => {
      const ws = workspace();
      const { savedBefore } = restoreVersion(ws, { draftId, versionId });
      return { draft: getDraft(ws, draftId), savedBefore };
    },
    compareVersions: async ({ draftId, before, after }) => compareVersions(workspace(), { draftId, before, after }),
  };
}
