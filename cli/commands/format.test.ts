import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../core/docx-read/read-docx.ts';
import { textAsDocx } from '../../tests/fixtures/import/variants.ts';
import { runFormat } from './format.ts';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'gongwen-cli-format-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const summaryText = await readFile(new URL('../../tests/fixtures/import/work-summary.txt', import.meta.url), 'utf8');

describe('gongwen format', () => {
  it('turns a Word draft into a GB/T 9704 .docx with computed ordinals, 附件说明 and 署名', async () => {
    const draft = path.join(folder, '总结草稿.docx');
    await writeFile(draft, textAsDocx(summaryText));
    const target = path.join(folder, '总结.docx');
    // The model text still names its county ××县: a gap, so it goes out only when that is meant.
    await expect(runFormat([draft, '-o', target], () => undefined)).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/署名：“××”/) });
    await expect(readFile(target)).rejects.toThrow();
    const lines: string[] = [];
    expect(await runFormat([draft, '-o', target, '--font-profile', 'windows', '--allow-gaps'], (line) => lines.push(line))).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^已排版：.*总结.docx（工作总结，14 个标题，16 个正文段落块，2 个附件，\d+ 字节）$/);
    const texts = readDocx(new Uint8Array(await readFile(target))).paragraphs.map((p) => p.text).filter(Boolean);
    expect(texts).toContain('一、主要工作及成效');
    expect(texts).toContain('附件：1.××县纪委监委2024年主要工作数据统计表');
    expect(texts.slice(-3)).toEqual(['中共××县纪律检查委员会', '××县监察委员会', '2024年12月28日']);
  });

  it('refuses to overwrite the draft and unknown font profiles', async () => {
    const draft = path.join(folder, '草稿.txt');
    await writeFile(draft, summaryText);
    const print = () => undefined;
    await expect(runFormat([draft, '-o', path.join(folder, '草稿.txt.docx'), '--font-profile', 'comic'], print)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('未知的字体方案“comic”') });
    const docxDraft = path.join(folder, '草稿.docx');
    await writeFile(docxDraft, textAsDocx(summaryText));
    await expect(runFormat([docxDraft, '-o', docxDraft], print)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('输出文件不能与草稿相同') });
  });
});
