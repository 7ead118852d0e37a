import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gwdocBytes, type GwdocContents } from '../../host/workspace/gwdoc-file.ts';
import { unzipParts } from '../../tests/fixtures/check/ooxml-package.ts';
import { reviewAsWord } from '../../tests/fixtures/review/word-review.ts';
import { sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { CliError } from '../cli-error.ts';
import { runReview } from './review.ts';

const at = '2024-03-05T08:00:00.000Z';
const document = sampleRedHeadNotice();
const draft = (id: string): GwdocContents => ({
  draft: { id, title: '教育整顿回头看通知', genre: '通知', templateId: null, templateVersion: null, createdAt: at, updatedAt: at, revision: 3, document },
  versions: [{ id: `${id}-v1`, draftId: id, sequence: 1, name: '送审稿', kind: 'named', note: null, createdAt: at, document }],
  datasets: [],
});

let dir = '';
const file = (name: string) => path.join(dir, name);

async function review(argv: string[]) {
  const lines: string[] = [];
  const code = await runReview(argv, (line) => lines.push(line));
  return { code, lines };
}

async function refusal(argv: string[]): Promise<CliError> {
  const error = await runReview(argv, () => undefined).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CliError)) throw new Error(`expected a CliError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-review-'));
  await writeFile(file('通知.gwdoc'), gwdocBytes(draft('draft-1'), at));
  await writeFile(file('另一份.gwdoc'), gwdocBytes(draft('draft-2'), at));
});

describe('gongwen review', () => {
  it('exports a named version for review and lists a leader’s changes in four sections', async () => {
    const exported = await review([file('通知.gwdoc'), '-o', file('送审稿.docx'), '--version', '送审稿']);
    expect(exported.lines.join('')).toContain('已导出送审稿');
    const reviewed = reviewAsWord(new Uint8Array(await readFile(file('送审稿.docx'))), { author: '李书记', date: '2024-03-06T10:15:00Z' }, [
      { kind: 'comment', on: '坚持问题导向', text: '此处请补充具体目标。' },
      { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
      { kind: 'delete', words: '，举一反三' },
      { kind: 'rewrite', from: '主要负责同志亲自抓', to: '主要负责同志亲自抓、负总责' },
    ]);
    await writeFile(file('审阅稿.docx'), reviewed);
    const { code, lines } = await review([file('通知.gwdoc'), file('审阅稿.docx')]);
    expect(code).toBe(0);
    expect(lines).toEqual([
      '修订：删除  二、主要任务 第 3 段  李书记 2024-03-06 10:15：“，举一反三”',
      '修订：插入  二、主要任务 第 4 段  李书记 2024-03-06 10:15：“、实行销号管理”',
      '批注  一、总体要求 第 2 段  李书记 2024-03-06 10:15：“此处请补充具体目标。”（批注于“坚持问题导向”）',
      expect.stringMatching(/^未修订改动 {2}三、工作要求 第 2 段：原为“各单位要高度重视，主要负责同志亲自抓，确保.*”，现为“各单位要高度重视，主要负责同志亲自抓、负总责，确保/) as string,
      `“${file('审阅稿.docx')}”与版本“送审稿”相比共 4 处批注或改动。`,
    ]);
    const json = JSON.parse((await review([file('通知.gwdoc'), file('审阅稿.docx'), '--json'])).lines.join('\n')) as { anchored: boolean; changes: Array<{ kind: string; location: { source: string } }> };
    expect(json.anchored).toBe(true);
    expect(json.changes.map((c) => [c.kind, c.location.source])).toEqual([
      ['deletion', 'body.5'],
      ['insertion', 'body.6'],
      ['comment', 'body.2'],
      ['edit', 'body.10'],
    ]);
  });

  it('refuses a reviewed file from another draft, and a version the draft does not have', async () => {
    await review([file('另一份.gwdoc'), '-o', file('另一份.docx')]);
    expect((await refusal([file('通知.gwdoc'), file('另一份.docx')])).message).toMatch(/不是从草稿“教育整顿回头看通知”导出的/);
    expect((await refusal([file('通知.gwdoc'), '-o', file('x.docx'), '--version', '定稿'])).message).toBe('草稿“教育整顿回头看通知”中没有名为“定稿”的版本，现有：送审稿。');
    expect((await refusal([file('通知.gwdoc')])).exitCode).toBe(2);
  });

  it('writes a 修改对照 document from a reviewed file, and one between two versions of the draft', async () => {
    await review([file('通知.gwdoc'), '-o', file('对照送审稿.docx')]);
    const reviewed = reviewAsWord(new Uint8Array(await readFile(file('对照送审稿.docx'))), { author: '李书记', date: '2024-03-06T10:15:00Z' }, [
      { kind: 'comment', on: '坚持问题导向', text: '此处请补充具体目标。' },
      { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
    ]);
    await writeFile(file('对照审阅稿.docx'), reviewed);
    const fromReview = await review([file('通知.gwdoc'), file('对照审阅稿.docx'), '--compare', '-o', file('修改对照.docx')]);
    expect(fromReview.lines).toEqual([`已生成修改对照：${file('修改对照.docx')}（当前草稿 → 审阅稿“对照审阅稿.docx”（修订全部接受），1 处文字修改、1 条批注）`]);
    const xml = unzipParts(new Uint8Array(await readFile(file('修改对照.docx'))))['word/document.xml']!;
    expect(xml).toContain('二、主要任务　第 4 段');
    expect(xml).toContain('此处请补充具体目标。');

    const earlier = { ...document, body: document.body.slice(1) };
    const versions: GwdocContents = { ...draft('draft-3'), versions: [{ ...draft('draft-3').versions[0]!, name: '征求意见稿', document: earlier }] };
    await writeFile(file('两版.gwdoc'), gwdocBytes(versions, at));
    const between = await review([file('两版.gwdoc'), '--compare', '--version', '征求意见稿', '-o', file('版本对照.docx')]);
    expect(between.lines[0]).toMatch(/版本“征求意见稿” → 当前草稿，1 处文字修改）$/);
    expect((await refusal([file('两版.gwdoc'), '--compare', '-o', file('x.docx')])).message).toMatch(/请用 --version 指定原文版本/);
    expect((await refusal([file('两版.gwdoc'), '--compare', '--version', '定稿', '-o', file('x.docx')])).message).toMatch(/没有名为“定稿”的版本/);
    expect((await refusal([file('两版.gwdoc'), file('对照审阅稿.docx'), '--compare'])).exitCode).toBe(2);
  });

  it('notes 送审稿 on every page with --note, and refuses a note that does not fit', async () => {
    const { lines } = await review([file('通知.gwdoc'), '-o', file('注明.docx'), '--note', '送审稿']);
    expect(lines[0]).toMatch(/，每页注“送审稿”，/);
    const parts = unzipParts(new Uint8Array(await readFile(file('注明.docx'))));
    expect(Object.entries(parts).filter(([name, xml]) => name.startsWith('word/header') && xml.includes('送审稿')).length).toBeGreaterThan(0);
    expect((await refusal([file('通知.gwdoc'), '-o', file('x.docx'), '--note', '这是一段放不进页眉右上角的很长的说明文字'])).message).toMatch(/--note 应为 1 至 10 个字/);
  });
});

