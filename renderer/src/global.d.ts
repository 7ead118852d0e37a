import type { AppApi } from '../../core/api/contract.ts';
import type { DesktopShell } from '../../core/api/shell-flush.ts';

declare global {
  interface Window {
    api: AppApi;
    /** Only in the desktop window. */
    shell?: DesktopShell;
  }
}
