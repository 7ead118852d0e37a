import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { textAsDocx } from '../../tests/fixtures/import/variants.ts';
import { importDraftFile } from './import-draft.ts';

const fixtures = ['speech-warning-education.txt', 'work-summary.txt', 'notice-self-inspection.txt', 'plenary-work-report.txt'];
const fixture = (name: string) => readFile(new URL(`../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'gongwen-import-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('importDraftFile', () => {
  it.each(fixtures)('reads %s the same from .txt and from a Word draft of it', async (name) => {
    const text = await fixture(name);
    const fromText = await importDraftFile(await writeAndReturn(name, text));
    const fromDocx = await importDraftFile(await writeAndReturn(`${name}.docx`, textAsDocx(text)));
    expect(fromDocx.document).toEqual(fromText.document);
    expect(fromDocx.messages).toEqual(fromText.messages.map((message) => message.replace(/^第(\d+)行/, '第$1段')));
  });

  it.each(fixtures)('reads back its own formatted .docx of %s as the same document', async (name) => {
    const { document } = await importDraftFile(await writeAndReturn(name, await fixture(name)));
    const again = await importDraftFile(await writeAndReturn(`${name}.formatted.docx`, await writeDocx(document)));
    expect(again.document).toEqual(document);
  });

  it('names the line of each notice', async () => {
    const { messages } = await importDraftFile(await writeAndReturn('notices.txt', '标题\n\n一、甲\n(一)乙\n三、丙'));
    expect(messages).toEqual([
      '第4行：序号“(一)”不是 GB/T 9704 规定的写法（一、（一）1.（1）），按正文段落保留原样，请改正后重新导入。',
      '第5行：序号“三、”与上文不连续（此处应为“二、”），按正文段落保留原样，以免打乱层次。',
    ]);
  });

  it('refuses a draft beyond the document limits with the limit named', async () => {
    const text = Array.from({ length: 20_001 }, (_, i) => `第${i}段。`).join('\n');
    await expect(importDraftFile(await writeAndReturn('太长.txt', text))).rejects.toThrow(/太长.txt”导入后超出了文档的限制：\n字段 body/);
  });
});

async function writeAndReturn(name: string, content: string | Uint8Array): Promise<string> {
  const target = path.join(folder, name);
  await writeFile(target, content);
  return target;
}
