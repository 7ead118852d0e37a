/**
 * Every export kind is a valid package: each XML part is well-formed under a strict parser
 * (expat), and content types and relationships are complete. Kinds: the 红头 notice, 信函,
 * 纪要, a long table across pages, a 讲话稿 without 版头, the batch's combined print file, the
 * export for review (anchors, stamp, 送审稿 note), and a notice whose text holds everything XML
 * cannot carry or must escape.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { combinePackages } from '../../core/docx/combine-packages.ts';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { text } from '../../core/model/inline.ts';
import { corpus } from '../render/corpus/index.ts';
import { packageProblems } from '../support/docx-package.ts';
import { sampleNotice } from '../support/sample-document.ts';
import { notWellFormed } from '../support/strict-xml.ts';

function corpusDocument(name: string) {
  const entry = corpus.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`语料中没有 ${name}`);
  return writeDocx(entry.document, entry.options);
}

const hostileText = ['& < > " \' ]]> <w:t>', '𠀀𪚥 😀 👨‍👩‍👧', 'tab\there, vertical\u000Btab, bell\u0007, form\u000Cfeed', 'not characters: \uFFFE\uFFFF, lone \uD800 surrogate'];

const exportKinds: Record<string, () => Promise<Uint8Array>> = {
  '红头通知': () => corpusDocument('file-full'),
  '信函': () => corpusDocument('letter'),
  '纪要': () => corpusDocument('minutes'),
  '跨页表格': () => corpusDocument('file-table-long'),
  '讲话稿（白头）': () => corpusDocument('plain-speech'),
  '批量合并打印': async () => combinePackages('合并打印 & <第1批>', await Promise.all(['file-full', 'letter', 'minutes', 'file-table-long'].map(corpusDocument))),
  '供审阅（锚点、标记、送审稿）': () =>
    writeDocx(corpus.find((entry) => entry.name === 'file-full')!.document, { review: { draftId: 'draft-1', versionId: 'v-2', versionName: '送审稿 & “二稿”' }, headerNote: '送审稿' }),
  '含特殊字符的通知': () => writeDocx(sampleNotice({ title: '关于“A&B<C>”的通知 ]]>', body: hostileText.map((value) => ({ type: 'paragraph', content: text(value) })) })),
};

describe.each(Object.entries(exportKinds))('%s', (_kind, make) => {
  it('has only well-formed XML parts and a complete package', async () => {
    const files = unzipSync(await make());
    const xmlParts = Object.fromEntries(Object.entries(files).filter(([name]) => /\.(xml|rels)$/.test(name)));
    expect(Object.keys(xmlParts).length).toBeGreaterThan(8);
    expect(notWellFormed(xmlParts)).toEqual({});
    expect(packageProblems(files)).toEqual([]);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['docProps/core.xml', 'docProps/app.xml', 'word/styles.xml']));
  });
});
