import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftDocx } from '../../tests/fixtures/import/variants.ts';
import { readDraft } from './read-draft.ts';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'gongwen-draft-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const target = path.join(folder, name);
  await writeFile(target, bytes);
  return target;
}

describe('readDraft', () => {
  it('reads a Word draft: runs split mid-word, soft breaks, tabs, tables; deleted text is not text', async () => {
    const docx = draftDocx([
      { text: '关于开展专项检查的通知' },
      { text: '' },
      { text: '（一）强化监督。\t正文第一行\n正文第二行', deleted: '删掉的字' },
      { text: '表格里的字', inTable: true },
    ]);
    const draft = await readDraft(await file('草稿.docx', docx));
    expect(draft.unit).toBe('段');
    expect(draft.paragraphs).toEqual([
      { text: '关于开展专项检查的通知', line: 1 },
      { text: '', line: 2 },
      { text: '（一）强化监督。\t正文第一行\n正文第二行', line: 3 },
      { text: '表格里的字', line: 4 },
    ]);
    expect(draft.warnings).toEqual([]);
  });

  it('warns about Word automatic numbering, whose ordinals are not in the text', async () => {
    const draft = await readDraft(await file('自动编号.docx', draftDocx([{ text: '总体要求', numbered: true }, { text: '正文。' }])));
    expect(draft.warnings).toEqual(['第1段使用了 Word 自动编号，序号不在文字里，这些段落按正文导入；请先把自动编号转换为普通文字再导入。']);
  });

  it('reads a text file line by line', async () => {
    const draft = await readDraft(await file('草稿.txt', '标题\r\n\r\n正文。'));
    expect(draft).toEqual({ paragraphs: [{ text: '标题', line: 1 }, { text: '', line: 2 }, { text: '正文。', line: 3 }], unit: '行', warnings: [] });
  });

  it('refuses what is not a draft, naming the file', async () => {
    await expect(readDraft(path.join(folder, '不存在.txt'))).rejects.toThrow('找不到');
    await expect(readDraft(await file('旧版.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])))).rejects.toThrow(/旧版.doc”是旧版 Word 97-2003 文档/);
    await expect(readDraft(await file('坏.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])))).rejects.toThrow(/无法读取“.*坏.docx”/);
    await expect(readDraft(await file('图片.txt', new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0x43])))).rejects.toThrow(/图片.txt”不是文本文件（第2行含有空字符）/);
  });
});
