/**
 * The host side of the API contract. Electron main and `gongwen web` both serve exactly
 * these functions; what differs between them (paths, revealing a file) is injected.
 */
import type { ApiHandlers } from '../core/api/contract.ts';
import { AppError } from '../core/api/errors.ts';
import { createBatchHandlers } from './batch/batch-service.ts';
import { createPhraseHandlers } from './api/phrase-handlers.ts';
import { createRegisterHandlers } from './api/register-handlers.ts';
import { createReviewHandlers } from './api/review-handlers.ts';
import { createVersionHandlers } from './api/version-handlers.ts';
import { createGapHandlers } from './data/gap-suggestions.ts';
import { createLedgerHandlers } from './data/ledger-service.ts';
import { createExportRegistry, exportDocx, saveExport } from './exports.ts';
import { createHomeHandlers } from './home-handlers.ts';
import { importDraft } from './import/import-draft-request.ts';
import { sweepTempFiles } from './files/sweep-temp-files.ts';
import { readPreferences, recoverPreferences, writePreferences } from './settings/preferences.ts';
import { createSettingsHandlers, type DataFolderChooser } from './settings/settings-handlers.ts';
import { builtinPackId } from './pack/builtin-as-pack.ts';
import { createPackHandlers } from './pack/pack-handlers.ts';
import { createPackService } from './pack/pack-service.ts';
import { listInstalledPacks } from './pack/pack-store.ts';
import { createSourceService } from './pack/source-service.ts';
import { createTemplateService } from './templates/template-service.ts';
import { createAuthoringHandlers } from './templates/authoring-handlers.ts';
import { createDraft, listDrafts, saveDraft } from './workspace/drafts.ts';
import { openDraft } from './workspace/recover-draft.ts';
import { openKeptWorkspace } from './workspace/open-kept-workspace.ts';
import type { Workspace } from './workspace/open-workspace.ts';

export interface HostDeps {
  version: string;
  mode: 'desktop' | 'web';
  workspaceDir: string;
  exportDir: string;
  /** The built-in template pack's folder (beside the sources, or under resources in the packaged app). */
  templatesDir: string;
  /** Shows a file in the system file manager; absent where there is no desktop to show it on. */
  revealFile?: (file: string) => void;
  /** Prints the app window's preview pages to PDF bytes (Electron's printToPDF); absent in a browser. */
  printToPdf?: () => Promise<Uint8Array>;
  /** Prints the app window's pages through the system print dialog; resolves false when cancelled. Absent in a browser. */
  print?: () => Promise<boolean>;
  /** Lets the desktop app move its workspace (after a restart); absent in web mode. */
  dataFolder?: DataFolderChooser;
  /** The system folder dialog for a batch's output folder; absent in web mode. */
  chooseBatchFolder?: () => Promise<string | null>;
}

export function createHandlers(deps: HostDeps): ApiHandlers {
  const exports = createExportRegistry();
  // Exports land in the secretary's own folder, where a crash's leftover would show on Windows.
  sweepTempFiles(deps.exportDir, { depth: 0 });
  const templates = createTemplateService(deps.templatesDir, { installed: () => listInstalledPacks(deps.workspaceDir), builtin: { packId: builtinPackId, version: deps.version } });
  const packs = createPackService({ workspaceDir: deps.workspaceDir, templates });
  const source = createSourceService({ packs, setting: async () => (await readPreferences(deps.workspaceDir)).packSource });
  // What was restored at start waits here until the renderer asks for it.
  const notices: string[] = [];
  // Opened on first use, so a damaged workspace only blocks what needs it, with its own message.
  let opened: Workspace | null = null;
  const workspace = () => {
    if (opened) return opened;
    const kept = openKeptWorkspace(deps.workspaceDir);
    notices.push(...kept.notices);
    return (opened = kept.workspace);
  };
  let preferencesChecked: Promise<void> | null = null;
  const recoveredPreferences = () =>
    (preferencesChecked ??= recoverPreferences(deps.workspaceDir).then(
      (notice) => void (notice && notices.push(notice)),
      // Reading the settings reports whatever went wrong here.
      () => undefined,
    ));
  return {
    getAppInfo: async () => ({
      version: deps.version,
      mode: deps.mode,
      canRevealFiles: Boolean(deps.revealFile),
      canPrintToPdf: Boolean(deps.printToPdf),
      canPrint: Boolean(deps.print),
    }),
    exportDocx: (request) => exportDocx(request, deps.exportDir, exports),
    getPreferences: async () => {
      await recoveredPreferences();
      return readPreferences(deps.workspaceDir);
    },
    takeRecoveryNotices: async () => {
      await recoveredPreferences();
      try {
        workspace();
      } catch {
        // A workspace that cannot be opened says so on every call that needs it.
      }
      return notices.splice(0);
    },
    setPreferences: (preferences) => writePreferences(deps.workspaceDir, preferences),
    listDrafts: async () => listDrafts(workspace()),
    createDraft: async ({ document, templateId }) => {
      const origin = templateId ? await templates.origin(templateId) : null;
      const { document: _stored, ...meta } = createDraft(workspace(), { document, templateId, ...origin });
      return meta;
    },
    getDraft: async ({ id }) => {
      const { draft, notice } = openDraft(workspace(), id);
      return notice ? { ...draft, notice } : draft;
    },
    saveDraft: async ({ id, document, expectedRevision }) => saveDraft(workspace(), { id, document, expectedRevision }),
    listTemplates: () => templates.list(),
    newFromTemplate: ({ id, today }) => templates.newDraft(id, today),
    refreshFromLedger: ({ templateId, document, today, file }) =>
      templates.refresh(templateId, document, { name: file.name, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) }, today),
    importDraft: async (request) => importDraft(request),
    exportPdf: async ({ title }) => {
      if (!deps.printToPdf) throw new AppError('UNSUPPORTED', '浏览器模式不能直接生成 PDF：请按 Ctrl+P，在打印对话框中选择“另存为 PDF”。');
      return saveExport(await deps.printToPdf(), title, '.pdf', deps.exportDir, exports);
    },
    printPages: async () => {
      if (!deps.print) throw new AppError('UNSUPPORTED', '浏览器模式由浏览器自己打印：请在打印预览中点“打印”。');
      return { printed: await deps.print() };
    },
    revealExport: async ({ exportId }) => {
      const file = exports.lookup(exportId);
      if (!file) throw new AppError('NOT_FOUND', '找不到这次导出的文件记录，请重新导出。');
      if (!deps.revealFile) return { shown: false };
      deps.revealFile(file);
      return { shown: true };
    },
    ...createVersionHandlers(workspace),
    ...createReviewHandlers({ workspace, exportDir: deps.exportDir, exports }),
    ...createRegisterHandlers({ workspace, exportDir: deps.exportDir, exports }),
    ...createHomeHandlers({ workspace, exportDir: deps.exportDir, exports }),
    ...createLedgerHandlers(workspace, templates),
    ...createGapHandlers(workspace),
    ...createPhraseHandlers(workspace, templates),
    ...createSettingsHandlers(deps.workspaceDir, deps.dataFolder),
    ...createBatchHandlers({ workspace, templates, workspaceDir: deps.workspaceDir, exportDir: deps.exportDir, exports, chooseFolder: deps.chooseBatchFolder }),
    ...createPackHandlers({ workspaceDir: deps.workspaceDir, workspace, packs, source, exportDir: deps.exportDir, exports }),
    ...createAuthoringHandlers({ workspaceDir: deps.workspaceDir, workspace, templates }),
  };
}
