import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/api/errors.ts';
import { defaultPreferences } from '../../core/api/preferences.ts';
import { localTime } from '../files/local-time.ts';
import { readPreferences, recoverPreferences, writePreferences } from './preferences.ts';

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

describe('damaged preferences at start', () => {
  const saved = { ...defaultPreferences, fontProfile: 'xinchuang' as const, defaultSigners: ['李四'] };
  const damages: Array<[string, string]> = [
    ['not JSON (cut short)', '{"fontProfile": "xinch'],
    ['zero-filled', '\0'.repeat(64)],
    ['valid JSON but not preferences', '{"fontProfile": "comic-sans"}'],
    ['reset to {} (what clearInvalidConfig leaves)', '{}'],
  ];

  it.each(damages)('%s: restored from the copy of the last save, the bad file kept under a new name, the writer told', async (_, bad) => {
    const dir = await workspace();
    await writePreferences(dir, saved);
    const file = path.join(dir, 'preferences.json');
    await writeFile(file, bad);
    const notice = await recoverPreferences(dir, '2024-03-05T08:00:00.000Z');
    expect(await readPreferences(dir)).toEqual(saved);
    expect(await readFile(path.join(dir, 'preferences.json.corrupt-20240305T080000Z'), 'utf8')).toBe(bad);
    expect(notice).toMatch(/^设置文件已损坏，已从 \d{4}年\d+月\d+日 \d{2}:\d{2} 保存的副本恢复。损坏的文件已改名保留为“preferences\.json\.corrupt-20240305T080000Z”（未删除）。$/);
  });

  it('without a good copy: nothing is moved or reset, and reading keeps reporting the damage', async () => {
    const dir = await workspace();
    const file = path.join(dir, 'preferences.json');
    await writeFile(file, '{"fontProfile": ');
    await writeFile(path.join(dir, 'preferences.backup.json'), 'also damaged');
    expect(await recoverPreferences(dir)).toBeNull();
    expect(await readFile(file, 'utf8')).toBe('{"fontProfile": ');
    expect((await readdir(dir)).sort()).toEqual(['preferences.backup.json', 'preferences.json']);
    await expect(readPreferences(dir)).rejects.toThrow(/已损坏（不是有效的 JSON），未作改动/);
  });

  it('leaves readable preferences alone', async () => {
    const dir = await workspace();
    await writePreferences(dir, saved);
    expect(await recoverPreferences(dir)).toBeNull();
    expect(await readdir(dir)).not.toContainEqual(expect.stringContaining('corrupt'));
  });

  it('never uses electron-store or conf, whose clearInvalidConfig would reset a damaged file to empty', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const used = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    expect(used.filter((name) => name === 'electron-store' || name === 'conf')).toEqual([]);
  });
});
