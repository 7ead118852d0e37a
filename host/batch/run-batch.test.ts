import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../core/check/check-docx.ts';
import type { MergeTable } from '../../core/template/merge-table.ts';
import { sampleMergeInput } from '../../core/template/sample-input.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { docxParagraphTexts, docxParts } from '../../tests/support/docx-parts.ts';
import { loadBuiltinPack } from '../templates/builtin-pack.ts';
import { listDocumentNumbers, allocateDocumentNumber } from '../workspace/document-numbers.ts';
import { createDraft } from '../workspace/drafts.ts';
import { listIssuedDocuments } from '../workspace/issued-documents.ts';
import { openTestWorkspace } from '../workspace/test-workspace.ts';
import { previewBatch, runBatch, type BatchJob } from './run-batch.ts';

const pack = await loadBuiltinPack();
const template = pack.templates.find((t) => t.id === 'wenti-zhenggai-tongzhishu') as Template;
const receipt = pack.templates.find((t) => t.family === '送达回证') as Template;
const today = '2024-12-05';
const typed = new Map([
  ['事项', '学校食堂财务管理'],
  ['检查事项', '食堂财务管理'],
  ['检查时间', '2024年11月'],
  ['联系人', '陈某'],
  ['联系电话', '0000-1234567'],
]);

function sampleDatasets(): Map<string, MergeTable> {
  return new Map(sampleMergeInput(template, today).datasets);
}

function withRows(datasets: Map<string, MergeTable>, name: string, change: (table: MergeTable) => MergeTable): Map<string, MergeTable> {
  const copy = new Map(datasets);
  copy.set(name, change(datasets.get(name)!));
  return copy;
}

async function job(overrides: Partial<BatchJob> = {}): Promise<BatchJob> {
  return {
    template,
    receipt,
    datasets: sampleDatasets(),
    values: typed,
    today,
    outDir: await mkdtemp(path.join(os.tmpdir(), 'gongwen-batch-')),
    overwrite: false,
    by: '测试员',
    workspace: openTestWorkspace(),
    ...overrides,
  };
}

describe('batch preview', () => {
  it('groups the ledger by the unit column the template filters on', () => {
    const plan = previewBatch(template, sampleDatasets(), typed, today);
    expect(plan.scope).toMatchObject({
      unitField: '被通知单位',
      ledger: { dataset: '巡察问题清单', column: '被巡察单位' },
      directory: { dataset: '单位名录', column: '单位全称' },
      numberField: '文号',
    });
    expect(plan.groupColumn).toBe('被巡察单位');
    expect(plan.groups.map(({ unit, rows }) => ({ unit, rows }))).toEqual([
      { unit: '示范县财政局', rows: [2, 3] },
      { unit: '示范县教育局', rows: [4, 5] },
      { unit: '示范县示范镇人民政府', rows: [6] },
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.notes.join('\n')).toContain('示范县人民医院');
  });

  it('reports rows without a unit, units missing from the directory, missing columns and unfilled fields, with row numbers', () => {
    const broken = withRows(sampleDatasets(), '巡察问题清单', (table) => ({
      ...table,
      rows: [...table.rows, [' ', '其他', '无单位的问题', '', ''], ['示范县水利局', '其他', '水利问题', '', '']],
      rowNumbers: [...table.rowNumbers, 7, 8],
    }));
    const plan = previewBatch(template, broken, new Map([...typed].filter(([key]) => key !== '联系人')), today);
    expect(plan.rowsWithoutUnit).toEqual([7]);
    expect(plan.unitsNotInDirectory).toEqual([{ unit: '示范县水利局', rows: [8] }]);
    const text = plan.problems.join('\n');
    expect(text).toContain('第 7 行的“被巡察单位”为空');
    expect(text).toContain('单位“示范县水利局”');
    expect(text).toContain('第 8 行');
    expect(text).toContain('必填字段未填写：联系人');

    const noColumn = withRows(sampleDatasets(), '巡察问题清单', (table) => ({ ...table, columns: table.columns.map((c) => (c === '问题描述' ? '情况' : c)) }));
    expect(previewBatch(template, noColumn, typed, today).problems.join('\n')).toContain('缺少模板“问题整改通知书”需要的“问题描述”列');
  });
});

describe('batch run', () => {
  it('splits a 建议书 problem list the template prints whole by the 责任单位 column, each unit counting only its own problems', async () => {
    const suggestion = pack.templates.find((t) => t.id === 'jijian-jiancha-jianyi') as Template;
    const sample = sampleMergeInput(suggestion, today, pack.laws ?? undefined);
    const problems = sample.datasets.get('问题清单')!;
    const units = ['示范县财政局', '示范县教育局'];
    const datasets = new Map(sample.datasets);
    datasets.set('问题清单', { ...problems, columns: [...problems.columns, '责任单位'], rows: problems.rows.map((row, i) => [...row, units[i % 2]!]) });
    const values = new Map([...sample.values].filter(([key]) => key !== '被建议单位' && key !== '文号'));
    const input = await job({ template: suggestion, datasets, values, laws: pack.laws ?? undefined });
    const plan = previewBatch(suggestion, datasets, values, today);
    expect(plan.groupColumn).toBe('责任单位');
    expect(plan.problems).toEqual([]);
    const outcome = await runBatch(input);
    expect(outcome.rows.map((row) => [row.unit, row.problems])).toEqual([
      [units[0], Math.ceil(problems.rows.length / 2)],
      [units[1], Math.floor(problems.rows.length / 2)],
    ]);
    expect(outcome.rows[0]!.decisions.some((d) => d.reason.includes('异议期限'))).toBe(true);
    const first = docxParagraphTexts(await readFile(path.join(input.outDir, outcome.rows[0]!.file))).join('\n');
    expect(first).toContain(String(problems.rows[0]![1]).slice(0, 12));
    expect(first).not.toContain(String(problems.rows[1]![1]).slice(0, 12));
    input.workspace.close();
  });

  it('writes a numbered notice and a receipt per unit, a combined print file and a report, and registers every notice', async () => {
    const input = await job();
    const steps: string[] = [];
    const outcome = await runBatch({ ...input, onProgress: (p) => steps.push(p.step) });
    expect(outcome.rows.map((row) => [row.unit, row.documentNumber, row.problems])).toEqual([
      ['示范县财政局', '某纪三室整改〔2024〕1号', 2],
      ['示范县教育局', '某纪三室整改〔2024〕2号', 2],
      ['示范县示范镇人民政府', '某纪三室整改〔2024〕3号', 1],
    ]);
    expect(outcome.rows[0]!.deadline).toBe('自收到之日起15日内');
    expect(steps.at(-1)).toBe('完成');
    const files = (await readdir(input.outDir)).sort();
    expect(files).toHaveLength(8);
    expect(files).toContain('01 示范县财政局 学校食堂财务管理问题整改通知书.docx');
    expect(files).toContain('03 示范县示范镇人民政府 送达回证.docx');

    const first = await readFile(path.join(input.outDir, '01 示范县财政局 学校食堂财务管理问题整改通知书.docx'));
    const text = docxParagraphTexts(first).join('\n');
    expect(text).toContain('某纪三室整改〔2024〕1号');
    expect(text).toContain('中共示范县财政局党组');
    expect(text).toContain('落实过紧日子要求不到位');
    expect(text).not.toContain('学校食堂财务管理不规范');
    expect(checkDocx(first).filter((f) => f.severity === 'error')).toEqual([]);
    const receiptText = docxParagraphTexts(await readFile(path.join(input.outDir, '01 示范县财政局 送达回证.docx'))).join('\n');
    expect(receiptText).toContain('中共示范县财政局党组');
    expect(receiptText).toContain('某纪三室整改〔2024〕1号');

    const combined = docxParts(await readFile(outcome.files.combined))['word/document.xml']!;
    expect(combined.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(6);
    expect(combined.match(/<w:type w:val="oddPage"\/>/g)).toHaveLength(5);

    const report = XLSX.read(await readFile(outcome.files.report));
    const rows = XLSX.utils.sheet_to_json<string[]>(report.Sheets['差异报告']!, { header: 1 });
    expect(rows[0]).toContain('可选段落及原因');
    expect(rows.slice(1).map((row) => row[3])).toEqual(['某纪三室整改〔2024〕1号', '某纪三室整改〔2024〕2号', '某纪三室整改〔2024〕3号']);

    expect(listDocumentNumbers(input.workspace).map((e) => e.number)).toHaveLength(3);
    const issued = listIssuedDocuments(input.workspace, { asOf: today });
    expect(issued.map((e) => [e.recipient, e.documentNumber, e.status])).toEqual(expect.arrayContaining([['中共示范县财政局党组', '某纪三室整改〔2024〕1号', '待送达']]));
    expect(issued).toHaveLength(3);
    input.workspace.close();
  });

  it('refuses to overwrite earlier output and takes no number', async () => {
    const input = await job();
    await writeFile(path.join(input.outDir, '02 示范县教育局 送达回证.docx'), 'earlier');
    await expect(runBatch(input)).rejects.toThrow(/已有同名文件：02 示范县教育局 送达回证.docx/);
    expect(listDocumentNumbers(input.workspace)).toEqual([]);
    expect(await readFile(path.join(input.outDir, '02 示范县教育局 送达回证.docx'), 'utf8')).toBe('earlier');
    const outcome = await runBatch({ ...input, overwrite: true });
    expect(outcome.rows).toHaveLength(3);
    input.workspace.close();
  });

  it('a cancelled run removes its files, gives its numbers back and registers nothing', async () => {
    const input = await job();
    const controller = new AbortController();
    await expect(runBatch({ ...input, signal: controller.signal, onProgress: (p) => p.done === 1 && controller.abort() })).rejects.toThrow(/已取消/);
    expect(await readdir(input.outDir)).toEqual([]);
    expect(listDocumentNumbers(input.workspace)).toEqual([]);
    expect(listIssuedDocuments(input.workspace, { asOf: today })).toEqual([]);
    const again = await runBatch(input);
    expect(again.rows[0]!.documentNumber).toBe('某纪三室整改〔2024〕1号');
    input.workspace.close();
  });

  it('a unit that cannot be composed stops the run: nothing written stays, the numbers go back, nothing is registered', async () => {
    const input = await job({ receipt: { ...receipt, sections: null } as unknown as Template });
    await expect(runBatch(input)).rejects.toThrow('生成“示范县财政局”的通知书时出错');
    expect(await readdir(input.outDir)).toEqual([]);
    expect(listDocumentNumbers(input.workspace)).toEqual([]);
    expect(listIssuedDocuments(input.workspace, { asOf: today })).toEqual([]);
    input.workspace.close();
  });

  it('voids the numbers of a cancelled run when another document took a later number meanwhile', async () => {
    const input = await job();
    const controller = new AbortController();
    const draft = createDraft(input.workspace, {
      document: (await import('../../tests/support/sample-document.ts')).sampleRedHeadNotice({ title: '另一份公文' }),
      templateId: null,
    });
    const onProgress = (p: { done: number }) => {
      if (p.done !== 1) return;
      allocateDocumentNumber(input.workspace, { draftId: draft.id, prefix: '某纪三室整改', year: 2024, by: '他人' });
      controller.abort();
    };
    await expect(runBatch({ ...input, signal: controller.signal, onProgress })).rejects.toThrow(/已取消/);
    const entries = listDocumentNumbers(input.workspace);
    expect(entries.map((e) => [e.serial, e.voided])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(entries[0]!.voidReason).toContain('未完成');
    input.workspace.close();
  });
});
