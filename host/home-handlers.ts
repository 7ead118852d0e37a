/** The home screen's calls (core/api/contract-home.ts): draft search and .gwdoc open / save-as. */
import type { ApiHandlers } from '../core/api/contract.ts';
import type { homeContract } from '../core/api/contract-home.ts';
import { saveExport, type ExportRegistry } from './exports.ts';
import { searchDrafts } from './workspace/draft-search.ts';
import { getDraft } from './workspace/drafts.ts';
import { gwdocContents, importGwdocContents } from './workspace/gwdoc-exchange.ts';
import { gwdocBytes, gwdocExtension, parseGwdoc } from './workspace/gwdoc-file.ts';
import type { Workspace } from './workspace/open-workspace.ts';

interface HomeDeps {
  workspace: () => Workspace;
  exportDir: string;
  exports: ExportRegistry;
}

export function createHomeHandlers({ workspace, exportDir, exports }: HomeDeps): Pick<ApiHandlers, keyof typeof homeContract> {
  return {
    searchDrafts: async ({ query }) => searchDrafts(workspace(), query),
    openGwdoc: async ({ name, base64 }) => {
      const ws = workspace();
      const { draft, notes } = importGwdocContents(ws, parseGwdoc(new Uint8Array(Buffer.from(base64, 'base64')), name));
      return { draft: getDraft(ws, draft.id), notes };
    },
    saveGwdoc: async ({ draftId, document }) => {
      const ws = workspace();
      const contents = gwdocContents(ws, draftId, document);
      return saveExport(gwdocBytes(contents, ws.now()), contents.draft.title, gwdocExtension, exportDir, exports);
    },
  };
}
