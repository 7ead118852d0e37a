/**
 * Text survives LibreOffice: a document whose title and body hold emoji, Extension-B characters,
 * XML specials and characters XML cannot carry is written, opened by LibreOffice and saved as
 * .docx and as plain text; both give back the text as written, less what the writer strips
 * (C0 controls, U+FFFE/U+FFFF, lone surrogates).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../core/docx-read/read-docx.ts';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { text } from '../../core/model/inline.ts';
import { sampleNotice } from '../support/sample-document.ts';
import { resaveDocx, saveAsText } from './soffice.ts';

/** What XML 1.0 cannot carry, which the writer drops. */
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const title = '关于“A&B<C>”与𠀀𪚥的通知';
const paragraphs = [
  'XML 特殊字符：& < > " \' ]]> <w:t>不是标记</w:t> &amp; &#x41;',
  '扩展B区：𠀀𪚥𫝀𬺰，表情：😀👍🏻👨‍👩‍👧🇨🇳，全角标点：“”‘’、。；：？！（）《》',
  '控制字符：甲\u0001乙\u0007丙\u001F丁\u0008戊',
  '非字符与孤立代理：子\uFFFE丑\uFFFF寅\uD800卯\uDC00辰',
];
const expected = [title, ...paragraphs].map((value) => value.replace(notInXml, ''));

const dir = mkdtempSync(join(tmpdir(), 'gongwen-text-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const written = join(dir, 'text.docx');

describe('text round trip through LibreOffice', () => {
  it('strips only what XML cannot carry', () => {
    expect(expected[3]).toBe('控制字符：甲乙丙丁戊');
    expect(expected[4]).toBe('非字符与孤立代理：子丑寅卯辰');
  });

  it('gives the same text back as a .docx saved by LibreOffice', async () => {
    writeFileSync(written, await writeDocx(sampleNotice({ title, body: paragraphs.map((value) => ({ type: 'paragraph', content: text(value) })) })));
    const outDir = mkdtempSync(join(dir, 'docx-'));
    const texts = readDocx(new Uint8Array(readFileSync(await resaveDocx(written, outDir)))).paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual(expect.arrayContaining(expected));
  });

  it('gives the same text back as plain text saved by LibreOffice', async () => {
    const outDir = mkdtempSync(join(dir, 'txt-'));
    const lines = readFileSync(await saveAsText(written, outDir), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines).toEqual(expect.arrayContaining(expected));
  });
});
