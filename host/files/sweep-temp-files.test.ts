import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempPathFor } from './atomic-write.ts';
import { sweepTempFiles } from './sweep-temp-files.ts';

const twoMinutesAgo = () => new Date(Date.now() - 120_000);

function leftover(target: string, old: boolean): string {
  const temp = tempPathFor(target);
  writeFileSync(temp, '写到一半');
  if (old) utimesSync(temp, twoMinutesAgo(), twoMinutesAgo());
  return temp;
}

describe('sweepTempFiles', () => {
  it('removes old atomic-write leftovers, also a few folders down, and nothing else', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'gongwen-sweep-'));
    const packFolder = path.join(folder, 'packs', 'installed', 'gov.example.pack');
    mkdirSync(packFolder, { recursive: true });
    writeFileSync(path.join(folder, 'preferences.json'), '{}');
    writeFileSync(path.join(folder, '会议记录.tmp'), '用户自己的文件');
    const old = [leftover(path.join(folder, 'preferences.json'), true), leftover(path.join(packFolder, 'active.json'), true)];
    const fresh = leftover(path.join(folder, 'trusted-publishers.json'), false);

    expect(sweepTempFiles(folder).sort()).toEqual(old.sort());
    expect(readdirSync(folder).sort()).toEqual([path.basename(fresh), 'packs', 'preferences.json', '会议记录.tmp'].sort());
    expect(readdirSync(packFolder)).toEqual([]);
  });

  it('takes even fresh leftovers when told no other process is writing', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'gongwen-sweep-'));
    const fresh = leftover(path.join(folder, 'preferences.json'), false);
    expect(sweepTempFiles(folder, { olderThanMs: 0 })).toEqual([fresh]);
  });

  it('answers an empty list for a folder that does not exist', () => {
    expect(sweepTempFiles(path.join(os.tmpdir(), 'gongwen-sweep-无此文件夹'))).toEqual([]);
  });
});
