import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../core/api/contract.ts';
import type { BatchJob, BatchRequest, BatchRunRequest } from '../../core/api/contract-batch.ts';
import { defaultPreferences } from '../../core/api/preferences.ts';
import { createHandlers } from '../create-handlers.ts';
import { createExportRegistry } from '../exports.ts';
import { findSoffice } from '../pdf/docx-to-pdf.ts';
import { createTemplateService } from '../templates/template-service.ts';
import { builtinPackDir } from '../templates/builtin-pack.ts';
import { listIssuedDocuments } from '../workspace/issued-documents.ts';
import { openWorkspace } from '../workspace/open-workspace.ts';
import { createBatchHandlers } from './batch-service.ts';

const today = '2024-12-05';
const soffice = await findSoffice();
const csv = (rows: string[][]) => `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
// A ledger exported by Excel on a Chinese Windows: GBK, the unit in 责任单位.
const ledger = [
  ['责任单位', '问题类别', '问题描述', '整改要求', '整改时限'],
  ['示范县水利局', '落实全面从严治党战略部署方面', '工程项目变更审批不规范。', '完善变更审批制度。', '2025年3月31日前'],
  ['示范县水利局', '落实全面从严治党战略部署方面', '河道采砂监管存在漏洞。', '建立巡查台账。', '2025年2月28日前'],
  ['示范县卫健委', '落实新时代党的组织路线方面', '干部轮岗交流制度执行不到位。', '制定轮岗计划。', '2025年4月30日前'],
  ['示范县林业局', '落实新时代党的组织路线方面', '护林员考勤流于形式。', '规范考勤。', '2025年4月30日前'],
];
const units = [
  { name: '示范县水利局', short: '你局', category: '县直单位' },
  { name: '示范县卫健委', short: '你委', category: '县直单位' },
];
const values = { 事项: '工程建设管理', 检查事项: '工程建设项目管理', 检查时间: '2024年11月', 联系人: '陈某', 联系电话: '0000-1234567' };

async function setUp(extraUnits: typeof units = []) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-batch-service-'));
  const exportDir = path.join(root, '导出');
  const handlers = createHandlers({ version: '0.0.0', mode: 'web', workspaceDir: root, exportDir, templatesDir: builtinPackDir });
  await handlers.setPreferences({ ...defaultPreferences, units: [...units, ...extraUnits] });
  const read = await handlers.readLedger({ file: { name: '问题台账.csv', base64: iconv.encode(csv(ledger), 'gbk').toString('base64') } });
  if (read.status !== 'read') throw new Error(read.message);
  const request: BatchRequest = { templateId: 'wenti-zhenggai-tongzhishu', ledgerId: read.datasetId, groupBy: null, directoryId: null, values, today };
  return { root, exportDir, handlers, request };
}

async function finished(handlers: Pick<ApiHandlers, 'getBatchRun'>, jobId: string): Promise<BatchJob> {
  for (;;) {
    const job = await handlers.getBatchRun({ jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const run = (request: BatchRequest, more: Partial<BatchRunRequest> = {}): BatchRunRequest => ({
  ...request,
  folderName: '第一批',
  overwrite: false,
  pdf: false,
  by: '测试员',
  prefix: '某纪测整改',
  ...more,
});

describe('批量生成 service', () => {
  it('offers only the 建议书 and 整改通知书 templates issued per unit, with the values typed once for all', async () => {
    const { handlers } = await setUp();
    const offered = await handlers.listBatchTemplates();
    expect(offered.map((t) => t.genre).every((genre) => genre === '建议书' || genre === '整改通知书')).toBe(true);
    const notice = offered.find((t) => t.id === 'wenti-zhenggai-tongzhishu');
    expect(notice).toMatchObject({ usesDirectory: true, numberSequence: '某纪三室整改' });
    expect(notice?.fields.map((f) => f.key)).toEqual(expect.arrayContaining(['联系人', '事项', '成文日期']));
    expect(notice?.fields.map((f) => f.key)).not.toContain('被通知单位');
    expect(notice?.fields.map((f) => f.key)).not.toContain('文号');
    expect(offered.some((t) => t.id === 'tongzhi')).toBe(false);
  });

  it('previews the groups by 责任单位 and names the unit missing from the 设置 directory with its rows', async () => {
    const { handlers, request } = await setUp();
    const preview = await handlers.previewBatchRun(request);
    expect(preview.groupBy).toBe('责任单位');
    expect(preview.headers).toContain('问题描述');
    expect(preview.groups).toEqual([
      { unit: '示范县水利局', rows: [2, 3] },
      { unit: '示范县卫健委', rows: [4] },
      { unit: '示范县林业局', rows: [5] },
    ]);
    expect(preview.directory).toEqual({ source: 'settings', name: '设置中的单位名录', count: 2 });
    expect(preview.unitsNotInDirectory).toEqual([{ unit: '示范县林业局', rows: [5] }]);
    expect(preview.problems.join('\n')).toMatch(/单位“示范县林业局”（台账“巡察问题清单”第 5 行）不在单位名录/);
    expect(preview.notes.join('\n')).toContain('设置中的单位名录没有“党组织全称”');
  });

  it('grouping by another column regroups the rows and checks those names against the directory', async () => {
    const { handlers, request } = await setUp();
    const preview = await handlers.previewBatchRun({ ...request, groupBy: '问题类别' });
    expect(preview.groups.map((g) => g.unit)).toEqual(['落实全面从严治党战略部署方面', '落实新时代党的组织路线方面']);
    expect(preview.problems.length).toBeGreaterThan(0);
  });

  it('takes 主送 and 称谓 from a directory file imported on the screen instead of 设置', async () => {
    const { handlers, request } = await setUp();
    const directory = [
      ['单位全称', '称谓', '党组织全称'],
      ['示范县水利局', '你局', '中共示范县水利局党组'],
      ['示范县卫健委', '你委', '中共示范县卫生健康委员会党组'],
      ['示范县林业局', '你局', '中共示范县林业局党组'],
    ];
    const read = await handlers.readLedger({ file: { name: '单位名录.csv', base64: Buffer.from(csv(directory)).toString('base64') } });
    if (read.status !== 'read') throw new Error(read.message);
    const withFile = { ...request, directoryId: read.datasetId };
    const preview = await handlers.previewBatchRun(withFile);
    expect(preview.directory).toEqual({ source: 'file', name: '单位名录.csv', count: 3 });
    expect(preview.problems).toEqual([]);
    const job = await finished(handlers, (await handlers.startBatchRun(run(withFile, { folderName: '名录文件' }))).jobId);
    expect(job.outcome?.units.map((u) => u.addressee)).toEqual(['中共示范县水利局党组', '中共示范县卫生健康委员会党组', '中共示范县林业局党组']);
  });

  it('refuses to start while problems remain, writing nothing', async () => {
    const { handlers, request, exportDir } = await setUp();
    await expect(handlers.startBatchRun(run(request))).rejects.toThrow(/批量生成未开始[\s\S]*示范县林业局/);
    await expect(readdir(exportDir)).rejects.toThrow();
  });

  it('refuses a folder name Windows cannot hold', async () => {
    const { handlers, request } = await setUp([{ name: '示范县林业局', short: '你局', category: '' }]);
    await expect(handlers.startBatchRun(run(request, { folderName: '第一批:二' }))).rejects.toThrow(/Windows 不允许的字符/);
  });

  it('runs in the host, reports progress to the end, registers every notice, and refuses to overwrite the next time', async () => {
    const { handlers, request, exportDir } = await setUp([{ name: '示范县林业局', short: '你局', category: '' }]);
    const { jobId } = await handlers.startBatchRun(run(request));
    const job = await finished(handlers, jobId);
    expect(job.message).toBeNull();
    expect(job).toMatchObject({ state: 'done', done: 5, total: 5, step: '完成' });
    const outcome = job.outcome!;
    expect(outcome.folder).toBe(path.join(exportDir, '第一批'));
    expect(outcome.units.map((u) => [u.unit, u.documentNumber, u.problems])).toEqual([
      ['示范县水利局', '某纪测整改〔2024〕1号', 2],
      ['示范县卫健委', '某纪测整改〔2024〕2号', 1],
      ['示范县林业局', '某纪测整改〔2024〕3号', 1],
    ]);
    expect(outcome.units[0]!.deadline).not.toBe('');
    expect(outcome.units[0]!.decisions.length).toBeGreaterThan(0);
    // 成文日期 left open is the day of the run, not a missing value.
    expect(outcome.units.flatMap((u) => u.issues)).toEqual([]);
    expect(outcome.pdf).toBeNull();
    expect(outcome.pdfProblem).toBeNull();
    const files = await readdir(outcome.folder);
    expect(files).toEqual(expect.arrayContaining([outcome.units[0]!.notice.fileName, outcome.combined.fileName, outcome.report.fileName]));
    expect(files).toHaveLength(3 * 2 + 2);
    expect(await handlers.revealExport({ exportId: outcome.combined.exportId })).toEqual({ shown: false });

    const issued = await handlers.listIssued({ asOf: today, query: '某纪测整改' });
    expect(issued.map((entry) => entry.documentNumber).sort()).toEqual(['某纪测整改〔2024〕1号', '某纪测整改〔2024〕2号', '某纪测整改〔2024〕3号']);
    // 主送 falls back to the 全称 when the 设置 directory has no 党组织全称.
    expect(issued.map((entry) => entry.recipient)).toContain('示范县水利局');

    const again = await finished(handlers, (await handlers.startBatchRun(run(request))).jobId);
    expect(again.state).toBe('failed');
    expect(again.message).toMatch(/已有同名文件/);
    expect(await handlers.listBatchRuns()).toHaveLength(1);
  });

  it('lists a finished run after a restart, its files still revealable; a cancelled run is not listed', async () => {
    const { root, handlers, request, exportDir } = await setUp([{ name: '示范县林业局', short: '你局', category: '' }]);
    const done = await finished(handlers, (await handlers.startBatchRun(run(request))).jobId);
    const cancelled = (await handlers.startBatchRun(run(request, { folderName: '取消的一批' }))).jobId;
    await handlers.cancelBatchRun({ jobId: cancelled });
    expect((await finished(handlers, cancelled)).state).toBe('cancelled');

    const restarted = createHandlers({ version: '0.0.0', mode: 'web', workspaceDir: root, exportDir, templatesDir: builtinPackDir });
    const runs = await restarted.listBatchRuns();
    expect(runs).toHaveLength(1);
    const [listed] = runs;
    expect(listed).toMatchObject({ templateName: '问题整改通知书', problem: null });
    expect(listed!.outcome!.folder).toBe(path.join(exportDir, '第一批'));
    expect(listed!.outcome!.units.map((u) => [u.unit, u.documentNumber, u.notice.fileName])).toEqual(done.outcome!.units.map((u) => [u.unit, u.documentNumber, u.notice.fileName]));
    expect(listed!.outcome!.combined.fileName).toBe(done.outcome!.combined.fileName);
    // New ids, issued by the restarted host for the same files; the same ids however often the screen asks.
    expect(listed!.outcome!.combined.exportId).not.toBe(done.outcome!.combined.exportId);
    expect(await restarted.revealExport({ exportId: listed!.outcome!.combined.exportId })).toEqual({ shown: false });
    expect((await restarted.listBatchRuns())[0]!.outcome!.report.exportId).toBe(listed!.outcome!.report.exportId);
  });

  it('cancels through the API mid-run: the message from the run, no files left, the numbers given back, nothing registered', async () => {
    const { handlers, request, exportDir } = await setUp([{ name: '示范县林业局', short: '你局', category: '' }]);
    const { jobId } = await handlers.startBatchRun(run(request, { folderName: '取消的一批' }));
    // Cancelled once the first notice is under way, so numbers were taken and files begun.
    while ((await handlers.getBatchRun({ jobId })).done < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await handlers.cancelBatchRun({ jobId });
    const job = await finished(handlers, jobId);
    expect(job.state).toBe('cancelled');
    expect(job.message).toContain('批量生成已取消');
    expect(await readdir(path.join(exportDir, '取消的一批')).catch(() => [])).toEqual([]);
    expect(await handlers.listIssued({ asOf: today, query: '某纪测整改' })).toEqual([]);
    const numbers = await handlers.listNumbers({ query: '某纪测整改' });
    // Given back (the next number is 1 again) or, where that cannot be, voided with the reason.
    expect(numbers.filter((entry) => !entry.voided)).toEqual([]);
    expect((await handlers.proposeNumber({ prefix: '某纪测整改', year: 2024 })).serial).toBe(numbers.length + 1);
  });

  it('names the columns no header feeds; a mapping saved for the ledger is what the next preview uses', async () => {
    const { handlers } = await setUp([{ name: '示范县林业局', short: '你局', category: '' }]);
    const renamed = ledger.map((row, i) => (i === 0 ? row.map((cell) => (cell === '问题描述' ? '情况' : cell)) : row));
    const read = await handlers.readLedger({ file: { name: '改名台账.csv', base64: iconv.encode(csv(renamed), 'gbk').toString('base64') } });
    if (read.status !== 'read') throw new Error(read.message);
    const request: BatchRequest = { templateId: 'wenti-zhenggai-tongzhishu', ledgerId: read.datasetId, groupBy: null, directoryId: null, values, today };
    const before = await handlers.previewBatchRun(request);
    expect(before).toMatchObject({ missingColumns: ['问题描述'], unitColumn: '被巡察单位', groupBy: '责任单位' });
    expect(before.problems.join('\n')).toContain('“问题描述”列');
    const target = { templateId: request.templateId, datasetId: read.datasetId, dataset: '巡察问题清单' };
    await expect(handlers.saveMapping({ ...target, mapping: [{ column: '被巡察单位', header: '责任单位' }] })).rejects.toThrow(/问题描述/);
    expect((await handlers.previewBatchRun(request)).missingColumns).toEqual(['问题描述']);
    await handlers.saveMapping({ ...target, mapping: [{ column: '被巡察单位', header: '责任单位' }, { column: '问题描述', header: '情况' }] });
    const after = await handlers.previewBatchRun(request);
    expect(after.missingColumns).toEqual([]);
    expect(after.problems).toEqual([]);
    expect(after.groups.map((group) => group.rows.length)).toEqual([2, 1, 1]);
  });

  it('says in Chinese why there is no PDF when LibreOffice is missing, and still completes the run', async () => {
    const { root, request } = await setUp([{ name: '示范县林业局', short: '你局', category: '' }]);
    const workspace = openWorkspace(root);
    const handlers = createBatchHandlers({
      workspace: () => workspace,
      templates: createTemplateService(builtinPackDir),
      workspaceDir: root,
      exportDir: path.join(root, '导出'),
      exports: createExportRegistry(),
      findSoffice: async () => null,
    });
    expect((await handlers.getBatchTarget()).pdfUnavailable).toMatch(/未找到 LibreOffice/);
    const { jobId } = await handlers.startBatchRun(run(request, { pdf: true, folderName: '无PDF' }));
    let job = await handlers.getBatchRun({ jobId });
    while (job.state === 'running') job = await new Promise((resolve) => setTimeout(() => resolve(handlers.getBatchRun({ jobId })), 20));
    expect(job.state).toBe('done');
    expect(job.outcome?.pdf).toBeNull();
    expect(job.outcome?.pdfProblem).toMatch(/未找到 LibreOffice/);
    workspace.close();
  });

  it.skipIf(process.platform === 'win32')('a cancel while the combined PDF is made stops only the PDF: the notices, files and register entries stay, and the summary says so', async () => {
    const { root, request } = await setUp([{ name: '示范县林业局', short: '你局', category: '' }]);
    // A LibreOffice that never finishes.
    const slow = path.join(root, 'soffice');
    await writeFile(slow, '#!/bin/sh\nsleep 60\n', { mode: 0o755 });
    const workspace = openWorkspace(root);
    const handlers = createBatchHandlers({
      workspace: () => workspace,
      templates: createTemplateService(builtinPackDir),
      workspaceDir: root,
      exportDir: path.join(root, '导出'),
      exports: createExportRegistry(),
      findSoffice: async () => slow,
    });
    const { jobId } = await handlers.startBatchRun(run(request, { pdf: true, folderName: '取消PDF' }));
    let job = await handlers.getBatchRun({ jobId });
    while (job.state === 'running' && job.step !== '正在生成合并PDF') job = await new Promise((resolve) => setTimeout(() => resolve(handlers.getBatchRun({ jobId })), 20));
    const cancelledAt = performance.now();
    await handlers.cancelBatchRun({ jobId });
    job = await finished(handlers, jobId);
    expect(performance.now() - cancelledAt).toBeLessThan(5000);
    expect(job.state).toBe('done');
    expect(job.outcome?.pdf).toBeNull();
    expect(job.outcome?.pdfProblem).toContain('已取消生成合并PDF');
    expect(job.outcome?.pdfProblem).toContain('均已生成，并已记入登记簿');
    const files = await readdir(path.join(root, '导出', '取消PDF'));
    expect(files.filter((name) => name.endsWith('.docx'))).toHaveLength(3 * 2 + 1);
    expect(files.some((name) => name.endsWith('.pdf'))).toBe(false);
    expect(listIssuedDocuments(workspace, { asOf: today })).toHaveLength(3);
    workspace.close();
  });

  it.skipIf(soffice === null)(
    'makes the combined PDF with LibreOffice, one page set per notice',
    async () => {
      const { handlers, request } = await setUp([{ name: '示范县林业局', short: '你局', category: '' }]);
      expect((await handlers.getBatchTarget()).pdfUnavailable).toBeNull();
      const job = await finished(handlers, (await handlers.startBatchRun(run(request, { pdf: true, folderName: '带PDF' }))).jobId);
      expect(job.message).toBeNull();
      expect(job).toMatchObject({ state: 'done', total: 6, done: 6 });
      const pdf = job.outcome!.pdf!;
      expect(pdf.fileName).toBe('合并打印 问题整改通知书.pdf');
      const bytes = await readFile(path.join(job.outcome!.folder, pdf.fileName));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      // Three notices and three receipts, each starting on an odd page.
      expect(pages.length).toBeGreaterThanOrEqual(6);
      const next = await finished(handlers, (await handlers.startBatchRun(run(request, { pdf: true, folderName: '带PDF', overwrite: true }))).jobId);
      expect(next.state).toBe('done');
    },
    180_000,
  );
});
