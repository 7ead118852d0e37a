/** The host side of the 设置 screen's data-folder calls. */
import { access, constants, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ApiHandlers } from '../../core/api/contract.ts';
import { AppError } from '../../core/api/errors.ts';
import { readChosenFolder, writeChosenFolder } from './data-folder.ts';

/** What only the desktop shell can give: where the pointer file lives, the default folder and a folder dialog. */
export interface DataFolderChooser {
  pointerDir: string;
  defaultDir: string;
  /** Shows the system folder dialog; null when cancelled. */
  choose: () => Promise<string | null>;
}

export function createSettingsHandlers(workspaceDir: string, chooser: DataFolderChooser | undefined): Pick<ApiHandlers, 'getDataFolder' | 'chooseDataFolder'> {
  const state = () => {
    if (!chooser) return { current: workspaceDir, next: null, canChoose: false };
    const target = readChosenFolder(chooser.pointerDir) ?? chooser.defaultDir;
    return { current: workspaceDir, next: path.resolve(target) === path.resolve(workspaceDir) ? null : target, canChoose: true };
  };
  return {
    getDataFolder: async () => state(),
    chooseDataFolder: async ({ useDefault }) => {
      if (!chooser) throw new AppError('UNSUPPORTED', '浏览器模式的数据文件夹由启动命令的 --workspace 指定，不能在这里更换。');
      if (useDefault) {
        await writeChosenFolder(chooser.pointerDir, null);
        return state();
      }
      const folder = await chooser.choose();
      if (!folder) return state();
      try {
        await mkdir(folder, { recursive: true });
        await access(folder, constants.W_OK);
      } catch {
        throw new AppError('FILE_BUSY', `不能使用文件夹“${folder}”：没有写入权限或无法创建。数据文件夹未更换。`);
      }
      await writeChosenFolder(chooser.pointerDir, path.resolve(folder) === path.resolve(chooser.defaultDir) ? null : folder);
      return state();
    },
  };
}
