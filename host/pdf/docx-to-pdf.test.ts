import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToPdf, findSoffice } from './docx-to-pdf.ts';

/** A stand-in soffice: a shell script, so failures and slow conversions can be played without LibreOffice. */
async function fakeSoffice(body: string): Promise<{ folder: string; program: string }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-fake-soffice-'));
  const program = path.join(folder, 'soffice');
  await writeFile(program, `#!/bin/sh\n${body}\n`);
  await chmod(program, 0o755);
  return { folder, program };
}

describe.skipIf(process.platform === 'win32')('docx → PDF through soffice', () => {
  it('finds soffice on PATH, or the program GONGWEN_SOFFICE names, and nothing when that is missing', async () => {
    const { folder, program } = await fakeSoffice('exit 0');
    expect(await findSoffice({ PATH: folder })).toBe(program);
    expect(await findSoffice({ PATH: folder, GONGWEN_SOFFICE: program })).toBe(program);
    expect(await findSoffice({ PATH: folder, GONGWEN_SOFFICE: path.join(folder, '没有') })).toBeNull();
    expect(await findSoffice({ PATH: path.join(folder, 'empty') })).toBeNull();
  });

  it('a failing conversion says so in Chinese and writes nothing', async () => {
    const { folder, program } = await fakeSoffice('echo "source file could not be loaded" >&2; exit 1');
    const target = path.join(folder, '合并打印.pdf');
    await expect(docxToPdf(path.join(folder, '合并打印.docx'), target, { soffice: program })).rejects.toThrow(
      /LibreOffice 转换“合并打印.docx”失败：source file could not be loaded/,
    );
    expect(await readdir(folder)).toEqual(['soffice']);
  });

  it('a conversion that produces no PDF is an error, not an empty file', async () => {
    const { folder, program } = await fakeSoffice('exit 0');
    await expect(docxToPdf(path.join(folder, '合并打印.docx'), path.join(folder, '合并打印.pdf'), { soffice: program })).rejects.toThrow(/没有为“合并打印.docx”生成 PDF/);
    expect(await readdir(folder)).toEqual(['soffice']);
  });

  it('cancelling stops soffice and the program it started, and leaves no PDF', async () => {
    const pidFile = path.join(os.tmpdir(), `gongwen-fake-soffice-${process.pid}-${Date.now()}.pid`);
    // Like soffice → soffice.bin: the launcher waits on a child doing the work.
    const { folder, program } = await fakeSoffice(`sleep 30 & echo $! > "${pidFile}"; wait`);
    const controller = new AbortController();
    const converting = docxToPdf(path.join(folder, '合并打印.docx'), path.join(folder, '合并打印.pdf'), { soffice: program, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(converting).rejects.toThrow('已取消生成合并 PDF。');
    expect(await readdir(folder)).toEqual(['soffice']);
    const worker = Number(await readFile(pidFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Gone, or a zombie waiting for a reaper that this container may not have.
    const state = await readFile(`/proc/${worker}/stat`, 'utf8').then((stat) => stat.split(') ')[1]?.[0], () => 'gone');
    expect(['gone', 'Z']).toContain(state);
  });
});
