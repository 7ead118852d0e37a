import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from './batch-writer.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('BatchWriter', () => {
  it('writes many files a few at a time and lists each one once written', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-batch-writer-'));
    const writer = new BatchWriter(3);
    const names = Array.from({ length: 20 }, (_, i) => `${String(i + 1).padStart(2, '0')} 通知书.docx`);
    for (const name of names) await writer.write(path.join(dir, name), bytes(name));
    await writer.finish();
    expect((await readdir(dir)).sort()).toEqual(names);
    expect(await readFile(path.join(dir, names[7]!), 'utf8')).toBe(names[7]);
    expect([...writer.written].sort()).toEqual(names.map((name) => path.join(dir, name)));
  });

  it('fails with the file that could not be written, after which the written files can be removed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-batch-writer-'));
    const writer = new BatchWriter(2);
    await writer.write(path.join(dir, 'a.docx'), bytes('a'));
    const failing = writer.write(path.join(dir, '不存在的文件夹', 'b.docx'), bytes('b')).then(() => writer.write(path.join(dir, 'c.docx'), bytes('c')));
    await expect(failing.then(() => writer.finish())).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('b.docx') });
    await writer.settle();
    expect(writer.written).not.toContain(path.join(dir, '不存在的文件夹', 'b.docx'));
    expect(writer.written).toContain(path.join(dir, 'a.docx'));
    expect(await readdir(dir)).not.toContain('b.docx');
  });
});
