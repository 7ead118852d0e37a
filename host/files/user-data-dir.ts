/**
 * Where the workspace lives when no `--workspace` is given: the same folder Electron's
 * `app.getPath('userData')` gives the desktop app (main sets it to this name), so the
 * CLI and the app share one workspace.
 */
import os from 'node:os';
import path from 'node:path';

export const userDataFolderName = 'GongwenStudio';

export function appDataRoot(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
}

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return path.join(appDataRoot(env, platform), userDataFolderName);
}

/** Exports go to the user's documents, in a folder of their own. */
export function defaultExportDir(documentsDir: string = path.join(os.homedir(), 'Documents')): string {
  return path.join(documentsDir, '公文工作台');
}
