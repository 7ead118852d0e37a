import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/api/errors.ts';
import { readPreferences, writePreferences } from './preferences.ts';

const workspace = () => mkdtemp(path.join(os.tmpdir(), 'gongwen-prefs-'));

describe('preferences', () => {
  it('defaults when nothing is saved and keeps what is saved across reads', async () => {
    const dir = await workspace();
    expect(await readPreferences(dir)).toEqual({ fontProfile: 'classic' });
    await writePreferences(dir, { fontProfile: 'xinchuang' });
    expect(await readPreferences(dir)).toEqual({ fontProfile: 'xinchuang' });
  });

  it('reports a damaged file by name and leaves it untouched', async () => {
    const dir = await workspace();
    const file = path.join(dir, 'preferences.json');
    await writeFile(file, '{"fontProfile": ');
    await expect(readPreferences(dir)).rejects.toThrow(AppError);
    await expect(readPreferences(dir)).rejects.toThrow(file);
    expect(await readFile(file, 'utf8')).toBe('{"fontProfile": ');
    await writeFile(file, '{"fontProfile": "comic-sans"}');
    await expect(readPreferences(dir)).rejects.toThrow(/fontProfile/);
  });
});
