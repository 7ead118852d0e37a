import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleNotice } from '../tests/support/sample-document.ts';
import { AppError } from '../core/api/errors.ts';
import { createExportRegistry, exportDocx } from './exports.ts';

const busy = (code: string) => async () => {
  throw Object.assign(new Error(`${code}: resource busy or locked`), { code });
};

describe('exportDocx when the target is held open in Word or WPS', () => {
  it.each(['EBUSY', 'EPERM'])('%s gives 文件被占用 naming the file, writes nothing, and 另存为副本 saves 标题（2）.docx', async (code) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-export-'));
    const registry = createExportRegistry();
    const document = sampleNotice({ title: '关于做好年度总结的通知' });

    const failure = await exportDocx({ document }, folder, registry, { write: busy(code) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'FILE_BUSY', message: '文件被占用：“关于做好年度总结的通知.docx”已在 Word 或 WPS 中打开。请关闭后重试，或另存为副本。' });
    expect(await readdir(folder)).toEqual([]);

    const copy = await exportDocx({ document, asCopy: true }, folder, registry);
    expect(copy.fileName).toBe('关于做好年度总结的通知（2）.docx');
    expect(await readdir(folder)).toEqual(['关于做好年度总结的通知（2）.docx']);
  });

  it('a copy takes the next free name when （2） exists too', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-export-'));
    await writeFile(path.join(folder, '通知.docx'), 'held by Word');
    await writeFile(path.join(folder, '通知（2）.docx'), 'an earlier copy');
    const result = await exportDocx({ document: sampleNotice({ title: '通知' }), asCopy: true }, folder, createExportRegistry());
    expect(result.fileName).toBe('通知（3）.docx');
  });

  it.each([
    ['~$于做好年度总结的通知.docx', 'Word drops the first two characters of a long name'],
    ['~$关于做好年度总结的通知.docx', 'the full name'],
  ])('an owner file %s beside a free name gives 文件被占用 (%s); the copy steps over every held name', async (owner) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-export-'));
    await writeFile(path.join(folder, owner), 'owner: 张三');
    await writeFile(path.join(folder, '~$做好年度总结的通知（2）.docx'), 'owner: 张三');
    const registry = createExportRegistry();
    const document = sampleNotice({ title: '关于做好年度总结的通知' });

    const failure = await exportDocx({ document }, folder, registry).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'FILE_BUSY', message: expect.stringContaining('文件被占用：“关于做好年度总结的通知.docx”') });
    expect((await readdir(folder)).filter((name) => !name.startsWith('~$'))).toEqual([]);

    const copy = await exportDocx({ document, asCopy: true }, folder, registry);
    expect(copy.fileName).toBe('关于做好年度总结的通知（3）.docx');
  });

  it('an existing export held open by Word is never truncated: the next export takes a new name', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-export-'));
    await writeFile(path.join(folder, '通知.docx'), 'the leader is reading this');
    await writeFile(path.join(folder, '~$通知.docx'), 'owner: 李四');
    const result = await exportDocx({ document: sampleNotice({ title: '通知' }) }, folder, createExportRegistry());
    expect(result.fileName).toBe('通知（2）.docx');
    expect(await readFile(path.join(folder, '通知.docx'), 'utf8')).toBe('the leader is reading this');
  });

  it('other write errors keep their own message', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-export-'));
    const failure = await exportDocx({ document: sampleNotice() }, folder, createExportRegistry(), { write: busy('ENOSPC') }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('磁盘空间不足') });
  });
});

describe('export paths Word cannot open', () => {
  it('warns when the written path is longer than 240 characters, and not before', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-export-'));
    const deep = path.join(root, ...Array.from({ length: 4 }, (_, i) => `${i + 1}${'各乡镇纪委监委'.repeat(8)}`));
    const long = await exportDocx({ document: sampleNotice({ title: '关于开展作风建设专项整治工作的通知' }) }, deep, createExportRegistry());
    expect(long.path.length).toBeGreaterThan(240);
    expect(long.warning).toBe(`文件路径长 ${long.path.length} 个字符，超过 240 个字符时 Word、WPS 可能打不开。请把文件移到路径较短的文件夹（如 D:\\公文）后再打开，或缩短标题后重新导出。`);
    const short = await exportDocx({ document: sampleNotice({ title: '通知' }) }, root, createExportRegistry());
    expect(short.warning).toBeUndefined();
  });
});
