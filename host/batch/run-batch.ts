/**
 * A batch run: one notice and one 送达回证 per unit from one ledger. Everything that can be
 * wrong is found before anything is written; the 文号 are taken together; every file is written
 * atomically; the issued-documents register gets one entry per notice only once all files are
 * there. A cancelled or failed run removes what it wrote and gives its numbers back.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import { planBatch, type BatchPlan, type PlannedGroup } from '../../core/batch/batch-plan.ts';
import type { ComposedUnit } from '../../core/batch/compose-unit.ts';
import type { NoticeTerm } from '../../core/batch/reply-term.ts';
import { unitTitle, type BatchInput } from '../../core/batch/unit-notice.ts';
import { unitScope } from '../../core/batch/unit-scope.ts';
import type { VarianceRow } from '../../core/batch/variance-report.ts';
import { PrintFile } from '../../core/docx/combine-packages.ts';
import type { FontProfileId } from '../../core/layout/font-profiles.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { describeFileError } from '../files/describe-file-error.ts';
import { zlibDeflater } from '../files/zlib-deflater.ts';
import { allocateBatchNumbers, releaseBatchNumbers } from '../workspace/batch-numbers.ts';
import type { DocumentNumberEntry } from '../workspace/document-numbers.ts';
import { addIssuedDocument } from '../workspace/issued-documents.ts';
import type { Workspace } from '../workspace/open-workspace.ts';
import { inWriteTransaction } from '../workspace/write-transaction.ts';
import { allBatchFiles, batchFileNames, refuseExisting, type BatchFiles } from './batch-files.ts';
import { BatchWriter } from './batch-writer.ts';
import { UnitPool } from './unit-pool.ts';
import { varianceWorkbook } from './variance-workbook.ts';

export interface BatchJob extends Omit<BatchInput, 'scope'> {
  receipt: Template;
  outDir: string;
  overwrite: boolean;
  /** Who runs the batch: recorded against every number taken. */
  by: string;
  workspace: Workspace;
  /** The ledger column naming the unit, when the template does not filter by one itself. */
  groupBy?: string;
  /** The 机关代字 sequence; the template's own by default. */
  prefix?: string;
  fontProfile?: FontProfileId;
  /** How many worker threads compose the units. */
  threads?: number;
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
}

export interface BatchProgress {
  done: number;
  total: number;
  /** What is being written now, in words. */
  step: string;
}

export interface BatchOutcome {
  plan: BatchPlan;
  rows: VarianceRow[];
  files: BatchFiles;
}

/** The preview before a run: the units and rows found, and what would stop the run. */
export function previewBatch(template: Template, datasets: BatchInput['datasets'], values: BatchInput['values'], today: string, groupBy?: string): BatchPlan {
  const scope = unitScope(template);
  if (typeof scope === 'string') throw new AppError('BAD_ARGUMENTS', scope);
  return planBatch(template, scope, datasets, values, today, groupBy);
}

/** Two threads keep both cores of an ordinary office desktop busy while this thread writes. */
const defaultThreads = 2;

const cancelled = () => new AppError('BAD_ARGUMENTS', '批量生成已取消：已写出的文件已删除，文号已退回（或作废并注明原因），登记簿未作改动。');

interface Draft {
  group: PlannedGroup;
  title: string;
}

export async function runBatch(job: BatchJob): Promise<BatchOutcome> {
  const plan = previewBatch(job.template, job.datasets, job.values, job.today, job.groupBy);
  if (plan.problems.length > 0) throw new AppError('BAD_ARGUMENTS', `批量生成未开始，请先处理以下问题：\n${plan.problems.join('\n')}`);
  const prefix = job.prefix ?? job.template.header.numberSequence;
  if (!prefix) throw new AppError('BAD_ARGUMENTS', `模板“${job.template.name}”没有指定文号所用的机关代字，请指定机关代字后再生成。`);
  // Only what composing needs: it is copied to every thread.
  const { template, datasets, values, omitted, today, laws } = job;
  const input: BatchInput = { template, scope: plan.scope, datasets, values, today, ...(omitted ? { omitted } : {}), ...(laws ? { laws } : {}) };
  const drafts = plan.groups.map((group) => ({ group, title: unitTitle(input, group) }));
  const files = batchFileNames(
    job.outDir,
    job.template.name,
    drafts.map(({ group, title }) => ({ unit: group.unit, title })),
  );
  await refuseExisting(allBatchFiles(files), job.overwrite);
  if (job.signal?.aborted) throw cancelled();
  try {
    await mkdir(job.outDir, { recursive: true });
  } catch (error) {
    throw new AppError('IO_ERROR', describeFileError(error, job.outDir).message);
  }

  // Started before the numbers are taken: the threads load while this one works with the workspace.
  const pool = new UnitPool({ input, receipt: job.receipt, ...(job.fontProfile ? { fontProfile: job.fontProfile } : {}) }, Math.min(job.threads ?? defaultThreads, drafts.length));
  // Stops the threads mid-unit, so a cancel is not kept waiting for the units already sent.
  const stop = () => void pool.close(cancelled());
  job.signal?.addEventListener('abort', stop, { once: true });
  try {
    return await issue(job, plan, drafts, files, pool);
  } finally {
    job.signal?.removeEventListener('abort', stop);
    await pool.close();
  }
}

/** Takes the numbers, writes every unit as the threads give it, then the print file, the report and the register; undoes it all on failure. */
async function issue(job: BatchJob, plan: BatchPlan, drafts: readonly Draft[], files: BatchFiles, pool: UnitPool): Promise<BatchOutcome> {
  const year = Number(job.today.slice(0, 4));
  const prefix = job.prefix ?? job.template.header.numberSequence!;
  const numbers = allocateBatchNumbers(job.workspace, { prefix, year, titles: drafts.map(({ group, title }) => `${title}（${group.unit}）`), by: job.by });
  const writer = new BatchWriter();
  try {
    const total = drafts.length + 2;
    // The print file takes each document as it is written, so a long batch never holds every document at once.
    const print = new PrintFile(`${job.template.name}（合并打印）`, zlibDeflater);
    const rows: VarianceRow[] = [];
    const issued: { recipient: string; number: string; title: string; term: NoticeTerm | null }[] = [];
    // Units are sent a few ahead of the one being written, so the threads never wait for the disk and memory holds only those few.
    const ahead = 2 * Math.max(1, job.threads ?? defaultThreads);
    const composed: (Promise<ComposedUnit> | undefined)[] = [];
    const send = (i: number) => {
      const draft = drafts[i];
      if (!draft) return;
      const unit = pool.compose(draft.group, numbers[i]!.number, i);
      // Awaited in order below; until then a failure must not count as unhandled.
      unit.catch(() => undefined);
      composed[i] = unit;
    };
    for (let i = 0; i < ahead; i++) send(i);
    for (const [i, { group }] of drafts.entries()) {
      if (job.signal?.aborted) throw cancelled();
      job.onProgress?.({ done: i, total, step: `正在生成 ${group.unit}（${numbers[i]!.number}）` });
      const unit = await composed[i]!;
      composed[i] = undefined;
      send(i + ahead);
      const unitFiles = files.units[i]!;
      await writer.write(unitFiles.notice, unit.notice);
      await writer.write(unitFiles.receipt, unit.receipt);
      print.addPiece(unit.print[0]);
      print.addPiece(unit.print[1]);
      rows.push({ ...unit.row, file: path.basename(unitFiles.notice) });
      issued.push({ recipient: unit.row.addressee, number: unit.row.documentNumber, title: unit.title, term: unit.term });
    }
    await pool.close();
    if (job.signal?.aborted) throw cancelled();
    job.onProgress?.({ done: drafts.length, total, step: '正在生成合并打印文件' });
    await writer.write(files.combined, print.finish());
    job.onProgress?.({ done: drafts.length + 1, total, step: '正在生成差异报告' });
    await writer.write(files.report, varianceWorkbook(job.template.name, rows));
    await writer.finish();
    if (job.signal?.aborted) throw cancelled();
    const kind = job.template.genre === '建议书' ? '建议书' : '整改通知书';
    inWriteTransaction(job.workspace, () => {
      for (const entry of issued) {
        addIssuedDocument(
          job.workspace,
          {
            kind,
            draftId: null,
            recipient: entry.recipient,
            documentNumber: entry.number,
            title: entry.title,
            issuedDate: job.today,
            servedDate: null,
            replyTerm: entry.term?.term ?? { days: 30, unit: 'calendar' },
            note: `批量生成：${job.template.name}`,
          },
          job.today,
        );
      }
    });
    job.onProgress?.({ done: total, total, step: '完成' });
    return { plan, rows, files };
  } catch (error) {
    await pool.close();
    await writer.settle();
    await undo(job, numbers, writer.written);
    throw error;
  }
}

async function undo(job: BatchJob, numbers: readonly DocumentNumberEntry[], written: readonly string[]): Promise<void> {
  for (const file of written) await rm(file, { force: true });
  releaseBatchNumbers(job.workspace, numbers, job.by, `批量生成“${job.template.name}”未完成，文号作废`);
}
