import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GongwenDocumentSchema } from '../../core/model/document.ts';
import { CliError } from '../cli-error.ts';
import { runImport } from './import.ts';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'gongwen-cli-import-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const speech = new URL('../../tests/fixtures/import/speech-warning-education.txt', import.meta.url).pathname;

describe('gongwen import', () => {
  it('writes a valid JSON document and reports what it found', async () => {
    const target = path.join(folder, '子目录', '讲话.json');
    const lines: string[] = [];
    expect(await runImport([speech, '-o', target], (line) => lines.push(line))).toBe(0);
    const document = GongwenDocumentSchema.parse(JSON.parse(await readFile(target, 'utf8')));
    expect(document.genre).toBe('讲话稿');
    expect(lines).toEqual([`已导入：${target}（讲话稿，15 个标题，24 个正文段落块）`]);
  });

  it('prints notices naming the line', async () => {
    const draft = path.join(folder, '序号.txt');
    await writeFile(draft, '标题\n一、甲\n三、乙\n');
    const lines: string[] = [];
    await runImport([draft, '-o', path.join(folder, '序号.json')], (line) => lines.push(line));
    expect(lines[0]).toBe('提示：第3行：序号“三、”与上文不连续（此处应为“二、”），按正文段落保留原样，以免打乱层次。');
  });

  it('answers bad arguments and unreadable drafts with a Chinese CliError', async () => {
    const print = () => undefined;
    await expect(runImport([], print)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('请给出一个草稿文件') });
    await expect(runImport([speech], print)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('-o') });
    await expect(runImport([speech, '-o', 'x.docx'], print)).rejects.toMatchObject({ exitCode: 2, message: '输出文件应以 .json 结尾：x.docx' });
    const missing = path.join(folder, '没有这个文件.txt');
    await expect(runImport([missing, '-o', path.join(folder, 'y.json')], print)).rejects.toThrow(CliError);
    await expect(runImport([missing, '-o', path.join(folder, 'y.json')], print)).rejects.toThrow(`找不到“${missing}”`);
  });

  it('prints its help', async () => {
    const lines: string[] = [];
    expect(await runImport(['--help'], (line) => lines.push(line))).toBe(0);
    expect(lines[0]).toMatch(/^用法：gongwen import/);
  });
});
