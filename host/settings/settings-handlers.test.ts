import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/api/errors.ts';
import { locationFileName, readChosenFolder } from './data-folder.ts';
import { createSettingsHandlers } from './settings-handlers.ts';

const temp = () => mkdtemp(path.join(os.tmpdir(), 'gongwen-folder-'));

describe('data folder', () => {
  it('shows the path only in web mode and refuses to move it', async () => {
    const handlers = createSettingsHandlers('/srv/gongwen', undefined);
    expect(await handlers.getDataFolder()).toEqual({ current: '/srv/gongwen', next: null, canChoose: false });
    await expect(handlers.chooseDataFolder({ useDefault: false })).rejects.toThrow(AppError);
  });

  it('remembers a chosen folder for the next start and can go back to the default', async () => {
    const defaultDir = await temp();
    const chosen = path.join(await temp(), '公文数据');
    let answer: string | null = chosen;
    const handlers = createSettingsHandlers(defaultDir, { pointerDir: defaultDir, defaultDir, choose: async () => answer });
    expect(await handlers.chooseDataFolder({ useDefault: false })).toEqual({ current: defaultDir, next: chosen, canChoose: true });
    expect(readChosenFolder(defaultDir)).toBe(chosen);
    answer = null;
    expect((await handlers.chooseDataFolder({ useDefault: false })).next).toBe(chosen);
    expect(await handlers.chooseDataFolder({ useDefault: true })).toEqual({ current: defaultDir, next: null, canChoose: true });
    expect(readChosenFolder(defaultDir)).toBeNull();
  });

  it('ignores a pointer file it cannot read rather than starting in a wrong place', async () => {
    const dir = await temp();
    await writeFile(path.join(dir, locationFileName), '{"folder": 3');
    expect(readChosenFolder(dir)).toBeNull();
    await writeFile(path.join(dir, locationFileName), '{"folder": "relative/path"}');
    expect(readChosenFolder(dir)).toBeNull();
    expect(await readFile(path.join(dir, locationFileName), 'utf8')).toContain('relative');
  });
});
