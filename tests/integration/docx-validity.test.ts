/**
 * Every export kind is a valid package: each XML part is well-formed under a strict parser
 * (expat), and content types and relationships are complete. Kinds: the 红头 notice, 信函,
 * 纪要, a long table across pages, a 讲话稿 without 版头, a real batch run's notice, 送达回证
 * and combined print file (assembled in its worker threads), the core joiner's combined file,
 * the export for review (anchors, stamp, 送审稿 note), and a notice whose text holds everything
 * XML cannot carry or must escape.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { combinePackages } from '../../core/docx/combine-packages.ts';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { text } from '../../core/model/inline.ts';
import { sampleMergeInput } from '../../core/template/sample-input.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { runBatch, type BatchOutcome } from '../../host/batch/run-batch.ts';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';
import { openTestWorkspace } from '../../host/workspace/test-workspace.ts';
import { corpus } from '../render/corpus/index.ts';
import { packageProblems } from '../support/docx-package.ts';
import { sampleNotice } from '../support/sample-document.ts';
import { notWellFormed } from '../support/strict-xml.ts';

function corpusDocument(name: string) {
  const entry = corpus.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`语料中没有 ${name}`);
  return writeDocx(entry.document, entry.options);
}

let batchRun: Promise<BatchOutcome> | null = null;

/** One batch of the built-in 问题整改通知书 over its sample ledger, run the way 批量生成 runs it. */
function batch(): Promise<BatchOutcome> {
  batchRun ??= (async () => {
    const pack = await loadBuiltinPack();
    const template = pack.templates.find((candidate) => candidate.id === 'wenti-zhenggai-tongzhishu') as Template;
    const receipt = pack.templates.find((candidate) => candidate.family === '送达回证') as Template;
    const today = '2024-12-05';
    const values = new Map([['事项', '学校食堂财务管理'], ['检查事项', '食堂财务管理'], ['检查时间', '2024年11月'], ['联系人', '陈某'], ['联系电话', '0000-1234567']]);
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-validity-batch-'));
    return runBatch({ template, receipt, datasets: new Map(sampleMergeInput(template, today).datasets), values, today, outDir, overwrite: false, by: '测试员', workspace: openTestWorkspace() });
  })();
  return batchRun;
}

const batchFile = async (pick: (outcome: BatchOutcome) => string | undefined) => {
  const file = pick(await batch());
  if (!file) throw new Error('批量生成没有产生该文件');
  return new Uint8Array(await readFile(file));
};

const hostileText = ['& < > " \' ]]> <w:t>', '𠀀𪚥 😀 👨‍👩‍👧', 'tab\there, vertical\u000Btab, bell\u0007, form\u000Cfeed', 'not characters: \uFFFE\uFFFF, lone \uD800 surrogate'];

const exportKinds: Record<string, () => Promise<Uint8Array>> = {
  '红头通知': () => corpusDocument('file-full'),
  '信函': () => corpusDocument('letter'),
  '纪要': () => corpusDocument('minutes'),
  '跨页表格': () => corpusDocument('file-table-long'),
  '讲话稿（白头）': () => corpusDocument('plain-speech'),
  '批量生成的通知': () => batchFile((outcome) => outcome.files.units[0]?.notice),
  '批量生成的送达回证': () => batchFile((outcome) => outcome.files.units[0]?.receipt),
  '批量生成的合并打印文件': () => batchFile((outcome) => outcome.files.combined),
  '合并打印（core 拼接）': async () => combinePackages('合并打印 & <第1批>', await Promise.all(['file-full', 'letter', 'minutes', 'file-table-long'].map(corpusDocument))),
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
