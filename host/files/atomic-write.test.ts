import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite } from './atomic-write.ts';

const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'gongwen-atomic-'));

describe('atomicWrite', () => {
  it('replaces the content and leaves no temporary file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, '通知.docx');
    await writeFile(file, 'old');
    await atomicWrite(file, new TextEncoder().encode('new'));
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['通知.docx']);
  });

  it('keeps the old bytes and cleans up when the target cannot be replaced', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'occupied');
    await mkdir(path.join(target, 'inside'), { recursive: true });
    await expect(atomicWrite(target, new TextEncoder().encode('new'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['occupied']);
    expect(await readdir(target)).toEqual(['inside']);
  });
});
