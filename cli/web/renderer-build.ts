/**
 * `gongwen web` serves the browser build of the renderer, building it first when it is
 * missing or older than any renderer or core source file.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const sourceFolders = ['renderer', 'core'];
const sourceFiles = ['vite.renderer.config.ts', 'package-lock.json'];

export async function ensureRendererBuilt(projectRoot: string, log: (line: string) => void): Promise<string> {
  const { rendererOutDir } = await import('../../vite.renderer.config.ts');
  const outDir = rendererOutDir('browser');
  const builtAt = await mtime(path.join(outDir, 'index.html'));
  const newestSource = await newestMtime(projectRoot);
  if (builtAt === null || newestSource > builtAt) {
    log(builtAt === null ? '首次启动：正在构建界面…' : '界面源文件有更新：正在重新构建…');
    const { build } = await import('vite');
    await build({ configFile: path.join(projectRoot, 'vite.renderer.config.ts'), mode: 'browser', logLevel: 'warn' });
  }
  return outDir;
}

async function newestMtime(projectRoot: string): Promise<number> {
  let newest = 0;
  for (const file of sourceFiles) newest = Math.max(newest, (await mtime(path.join(projectRoot, file))) ?? 0);
  for (const folder of sourceFolders) {
    const entries = await readdir(path.join(projectRoot, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || /\.test\.tsx?$/.test(entry.name)) continue;
      newest = Math.max(newest, (await mtime(path.join(entry.parentPath, entry.name))) ?? 0);
    }
  }
  return newest;
}

async function mtime(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
}
