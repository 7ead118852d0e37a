/**
 * The 批量生成 screen behind the API. A run is started, answered at once with a job id, and goes on
 * in the host while the screen polls its progress; 取消 aborts it and runBatch removes what it wrote
 * and gives its numbers back. The combined PDF is made after the run by LibreOffice, when asked
 * for and installed; without it the run still completes and says why there is no PDF.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ApiHandlers } from '../../core/api/contract.ts';
import type { BatchJob, BatchOutcomeView, BatchRequest, BatchTarget } from '../../core/api/contract-batch.ts';
import { AppError } from '../../core/api/errors.ts';
import { decisionsText } from '../../core/batch/variance-report.ts';
import type { ExportRegistry } from '../exports.ts';
import { safeFileStem } from '../files/safe-file-name.ts';
import { docxToPdf, findSoffice, sofficeMissing } from '../pdf/docx-to-pdf.ts';
import { readPreferences } from '../settings/preferences.ts';
import type { TemplateService } from '../templates/template-service.ts';
import { listBatchRuns, recordBatchRun, type StoredBatchOutcome } from '../workspace/batch-runs.ts';
import type { Workspace } from '../workspace/open-workspace.ts';
import { batchFileNames, refuseExisting } from './batch-files.ts';
import { batchInputs, batchScope, runValues, type BatchInputs } from './batch-inputs.ts';
import { previewBatch, runBatch, type BatchOutcome } from './run-batch.ts';

type BatchCalls = 'listBatchTemplates' | 'previewBatchRun' | 'startBatchRun' | 'getBatchRun' | 'cancelBatchRun' | 'listBatchRuns' | 'getBatchTarget' | 'chooseBatchFolder';

export interface BatchDeps {
  workspace: () => Workspace;
  templates: TemplateService;
  workspaceDir: string;
  exportDir: string;
  exports: ExportRegistry;
  /** Desktop: the system folder dialog; null when cancelled. */
  chooseFolder?: () => Promise<string | null>;
  /** Injected by tests to play a machine without LibreOffice. */
  findSoffice?: () => Promise<string | null>;
}

interface Job {
  view: BatchJob;
  controller: AbortController;
}

/** Finished runs kept for the screen to read back; older ones are forgotten. */
const keptJobs = 20;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createBatchHandlers(deps: BatchDeps): Pick<ApiHandlers, BatchCalls> {
  const jobs = new Map<string, Job>();
  let chosenFolder: string | null = null;
  const locateSoffice = deps.findSoffice ?? (() => findSoffice());
  const baseFolder = () => chosenFolder ?? deps.exportDir;

  const inputsOf = async (request: BatchRequest): Promise<BatchInputs> => {
    const { units } = await readPreferences(deps.workspaceDir);
    return batchInputs(deps.workspace(), deps.templates, units, request);
  };
  const planOf = (inputs: BatchInputs, today: string) => previewBatch(inputs.template, inputs.datasets, inputs.values, today, inputs.planGroupBy);

  const target = async (): Promise<BatchTarget> => ({
    baseFolder: baseFolder(),
    canChoose: Boolean(deps.chooseFolder),
    pdfUnavailable: (await locateSoffice()) === null ? sofficeMissing : null,
  });

  const receiptTemplate = async () => {
    const { templates } = await deps.templates.list();
    const receipt = templates.find((t) => t.family === '送达回证');
    if (!receipt) throw new AppError('NOT_FOUND', '内置模板包中缺少送达回证模板，无法批量生成。');
    return (await deps.templates.find(receipt.id)).template;
  };

  /** The run's summary with each file described by `file`: an export id for the screen, the path for the workspace. */
  const summaryOf = <File>(outcome: BatchOutcome, folder: string, file: (target: string) => File) => ({
    folder,
    units: outcome.rows.map((row, i) => ({
      unit: row.unit,
      addressee: row.addressee,
      documentNumber: row.documentNumber,
      problems: row.problems,
      rows: row.rows,
      decisions: row.decisions.length === 0 ? [decisionsText([])] : row.decisions.map((decision) => decisionsText([decision])),
      deadline: row.deadline,
      notice: file(outcome.files.units[i]!.notice),
      issues: row.issues,
    })),
    combined: file(outcome.files.combined),
    pdf: null as File | null,
    pdfProblem: null as string | null,
    report: file(outcome.files.report),
  });
  const shown = (target: string) => ({ exportId: deps.exports.remember(target), fileName: path.basename(target) });

  // A run read back from the workspace gets its export ids once per process, however often the screen lists it.
  const restored = new Map<string, BatchOutcomeView>();
  const restore = (id: string, stored: StoredBatchOutcome): BatchOutcomeView => {
    let view = restored.get(id);
    if (!view) {
      const file = ({ path: target }: { path: string }) => shown(target);
      view = { ...stored, units: stored.units.map((unit) => ({ ...unit, notice: file(unit.notice) })), combined: file(stored.combined), pdf: stored.pdf && file(stored.pdf), report: file(stored.report) };
      restored.set(id, view);
    }
    return view;
  };

  const forgetOld = () => {
    const finished = [...jobs.entries()].filter(([, job]) => job.view.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - keptJobs))) jobs.delete(id);
  };

  return {
    async listBatchTemplates() {
      const { templates } = await deps.templates.list();
      const offered = [];
      for (const summary of templates) {
        const { template } = await deps.templates.find(summary.id);
        const scope = batchScope(template);
        if (typeof scope === 'string') continue;
        offered.push({
          id: template.id,
          name: template.name,
          genre: template.genre,
          ledgerDataset: scope.ledger.dataset,
          usesDirectory: scope.directory !== null,
          numberSequence: template.header.numberSequence ?? null,
          fields: template.fields
            .filter((field) => field.binding === null && field.key !== scope.unitField && field.key !== scope.numberField)
            .map(({ key, label, type, required, default: fallback, help }) => ({ key, label, type, required, default: fallback, help: help ?? null })),
        });
      }
      return offered;
    },

    async previewBatchRun(request) {
      const inputs = await inputsOf(request);
      const plan = planOf(inputs, request.today);
      return {
        templateName: inputs.template.name,
        headers: inputs.headers,
        groupBy: inputs.groupHeader,
        groups: plan.groups.map(({ unit, rows }) => ({ unit, rows })),
        rowsWithoutUnit: plan.rowsWithoutUnit,
        unitsNotInDirectory: plan.unitsNotInDirectory,
        unitsWithoutRows: plan.unitsWithoutRows,
        problems: plan.problems,
        missingColumns: inputs.missingColumns,
        unitColumn: inputs.scope.ledger.column,
        notes: [...inputs.notes, ...plan.notes],
        directory: inputs.directory,
      };
    },

    async startBatchRun({ folderName, overwrite, pdf, by, prefix, ...request }) {
      if (safeFileStem(folderName, '') !== folderName)
        throw new AppError('BAD_ARGUMENTS', `输出文件夹名“${folderName}”含有 Windows 不允许的字符（如 \\ / : * ? " < > |）或以点、空格结尾，请改一个名字。`);
      const inputs = await inputsOf(request);
      const plan = planOf(inputs, request.today);
      if (plan.problems.length > 0) throw new AppError('BAD_ARGUMENTS', `批量生成未开始，请先处理以下问题：\n${plan.problems.join('\n')}`);
      const receipt = await receiptTemplate();
      const outDir = path.join(baseFolder(), folderName);
      const soffice = pdf ? await locateSoffice() : null;
      const pdfTarget = batchFileNames(outDir, inputs.template.name, []).combined.replace(/\.docx$/i, '.pdf');
      if (soffice) await refuseExisting([pdfTarget], overwrite);

      const jobId = randomUUID();
      const controller = new AbortController();
      const extra = soffice ? 1 : 0;
      const view: BatchJob = { jobId, state: 'running', done: 0, total: plan.groups.length + 2 + extra, step: '正在准备', message: null, outcome: null };
      jobs.set(jobId, { view, controller });
      forgetOld();

      const run = async () => {
        const outcome = await runBatch({
          template: inputs.template,
          receipt,
          laws: inputs.laws,
          datasets: inputs.datasets,
          values: runValues(inputs.template, inputs.values, request.today),
          today: request.today,
          outDir,
          overwrite,
          by,
          workspace: deps.workspace(),
          ...(prefix ? { prefix } : {}),
          ...(inputs.planGroupBy !== undefined ? { groupBy: inputs.planGroupBy } : {}),
          fontProfile: (await readPreferences(deps.workspaceDir)).fontProfile,
          signal: controller.signal,
          onProgress: ({ done, total, step }) => Object.assign(view, { done, total: total + extra, step }),
        });
        const result: BatchOutcomeView = summaryOf(outcome, outDir, shown);
        const stored: StoredBatchOutcome = summaryOf(outcome, outDir, (target) => ({ path: target }));
        if (pdf && !soffice) result.pdfProblem = sofficeMissing;
        if (soffice) {
          Object.assign(view, { done: view.total - 1, step: '正在生成合并PDF' });
          const target = outcome.files.combined.replace(/\.docx$/i, '.pdf');
          try {
            await docxToPdf(outcome.files.combined, target, { soffice, signal: controller.signal });
            result.pdf = shown(target);
            stored.pdf = { path: target };
          } catch (error) {
            const reason = controller.signal.aborted ? '已取消生成合并PDF' : messageOf(error);
            result.pdfProblem = `${reason}。通知书、送达回证、合并打印文件和差异报告均已生成，并已记入登记簿。`;
          }
        }
        stored.pdfProblem = result.pdfProblem;
        let runId: string;
        try {
          runId = recordBatchRun(deps.workspace(), inputs.template.name, stored);
        } catch (error) {
          throw new AppError('IO_ERROR', `文件均已生成并已记入登记簿，但本次结果未能存入工作区（重启后不会列在“最近的批量生成”中）：${messageOf(error)}`);
        }
        restored.set(runId, result);
        Object.assign(view, { state: 'done', done: view.total, step: '完成', outcome: result });
      };
      run().catch((error: unknown) => Object.assign(view, { state: controller.signal.aborted ? 'cancelled' : 'failed', message: messageOf(error) }));
      return { jobId };
    },

    async getBatchRun({ jobId }) {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('NOT_FOUND', '找不到这次批量生成的进度（应用重启后不再保留；已完成的生成列在“最近的批量生成”中）。');
      return { ...job.view };
    },

    async cancelBatchRun({ jobId }) {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('NOT_FOUND', '找不到这次批量生成的进度（应用重启后不再保留；已完成的生成列在“最近的批量生成”中）。');
      if (job.view.state === 'running') {
        job.controller.abort();
        job.view.step = '正在取消…';
      }
      return { ...job.view };
    },

    async listBatchRuns() {
      return listBatchRuns(deps.workspace()).map(({ id, templateName, finishedAt, outcome, problem }) => ({
        runId: id,
        finishedAt,
        templateName,
        outcome: outcome && restore(id, outcome),
        problem,
      }));
    },

    getBatchTarget: target,

    async chooseBatchFolder() {
      if (!deps.chooseFolder) throw new AppError('UNSUPPORTED', '浏览器模式不能打开文件夹对话框：批量生成的文件写入输出文件夹下以文件夹名命名的子文件夹。');
      const folder = await deps.chooseFolder();
      if (folder) chosenFolder = folder;
      return target();
    },
  };
}
