/**
 * The host side of the API contract. Electron main and `gongwen web` both serve exactly
 * these functions; what differs between them (paths, revealing a file) is injected.
 */
import type { ApiHandlers } from '../core/api/contract.ts';
import { AppError } from '../core/api/errors.ts';
import { createExportRegistry, exportDocx } from './export-docx.ts';

export interface HostDeps {
  version: string;
  mode: 'desktop' | 'web';
  workspaceDir: string;
  exportDir: string;
  /** Shows a file in the system file manager; absent where there is no desktop to show it on. */
  revealFile?: (file: string) => void;
}

export function createHandlers(deps: HostDeps): ApiHandlers {
  const exports = createExportRegistry();
  return {
    getAppInfo: async () => ({ version: deps.version, mode: deps.mode, canRevealFiles: Boolean(deps.revealFile) }),
    exportDocx: (request) => exportDocx(request, deps.exportDir, exports),
    revealExport: async ({ exportId }) => {
      const file = exports.lookup(exportId);
      if (!file) throw new AppError('NOT_FOUND', '找不到这次导出的文件记录，请重新导出。');
      if (!deps.revealFile) return { shown: false };
      deps.revealFile(file);
      return { shown: true };
    },
  };
}
