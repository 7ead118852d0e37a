import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/api/errors.ts';
import { defaultPreferences } from '../../core/api/preferences.ts';
import { readPreferences, writePreferences } from './preferences.ts';

const workspace = () => mkdtemp(path.join(os.tmpdir(), 'gongwen-prefs-'));

describe('preferences', () => {
  it('defaults when nothing is saved and keeps what is saved across reads', async () => {
    const dir = await workspace();
    expect(await readPreferences(dir)).toEqual(defaultPreferences);
    await writePreferences(dir, { ...defaultPreferences, fontProfile: 'xinchuang' });
    expect(await readPreferences(dir)).toEqual({ ...defaultPreferences, fontProfile: 'xinchuang' });
  });

  it('reports a damaged file by name and leaves it untouched', async () => {
    const dir = await workspace();
    const file = path.join(dir, 'preferences.json');
    await writeFile(file, '{"fontProfile": ');
    await expect(readPreferences(dir)).rejects.toThrow(AppError);
    await expect(readPreferences(dir)).rejects.toThrow(file);
    expect(await readFile(file, 'utf8')).toBe('{"fontProfile": ');
    await writeFile(file, '{"fontProfile": "comic-sans"}');
    await expect(readPreferences(dir)).rejects.toThrow(/字体方案/);
  });

  it('loads a file written by an older version that knew only the font profile', async () => {
    const dir = await workspace();
    await writeFile(path.join(dir, 'preferences.json'), '{\n  "fontProfile": "windows"\n}\n');
    expect(await readPreferences(dir)).toEqual({ ...defaultPreferences, fontProfile: 'windows' });
  });

  it('names the bad row of a hand-edited file', async () => {
    const dir = await workspace();
    const file = path.join(dir, 'preferences.json');
    await writeFile(
      file,
      JSON.stringify({
        fontProfile: 'classic',
        units: [
          { name: '县委办', short: '', category: '' },
          { name: '', short: '你局', category: '' },
        ],
      }),
    );
    await expect(readPreferences(dir)).rejects.toThrow('单位名录第2行 全称：全称不能为空');
  });
});
