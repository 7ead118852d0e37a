/**
 * The file names of a batch, decided before anything is written: numbered so they sort in
 * issuing order, safe on Windows, unique within the batch, and checked against the output
 * folder so an earlier batch is never overwritten unless the writer asked for it.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import { safeFileStem } from '../files/safe-file-name.ts';

export interface UnitFiles {
  notice: string;
  receipt: string;
}

export interface BatchFiles {
  units: UnitFiles[];
  combined: string;
  report: string;
}

export function batchFileNames(outDir: string, templateName: string, units: readonly { unit: string; title: string }[]): BatchFiles {
  const width = Math.max(2, String(units.length).length);
  const taken = new Set<string>();
  const unique = (stem: string, extension: string) => {
    let name = `${stem}${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}（${n}）${extension}`;
    taken.add(name.toLowerCase());
    return path.join(outDir, name);
  };
  const files = units.map(({ unit, title }, i) => {
    const order = String(i + 1).padStart(width, '0');
    const who = safeFileStem(unit, '未命名单位');
    return { notice: unique(safeFileStem(`${order} ${who} ${title}`), '.docx'), receipt: unique(safeFileStem(`${order} ${who} 送达回证`), '.docx') };
  });
  const batch = safeFileStem(templateName, '批量');
  return { units: files, combined: unique(`合并打印 ${batch}`, '.docx'), report: unique(`差异报告 ${batch}`, '.xlsx') };
}

export function allBatchFiles(files: BatchFiles): string[] {
  return [...files.units.flatMap((unit) => [unit.notice, unit.receipt]), files.combined, files.report];
}

/** Refuses, naming the files, when any output already exists and overwriting was not asked for. */
export async function refuseExisting(files: readonly string[], overwrite: boolean): Promise<void> {
  if (overwrite) return;
  const existing: string[] = [];
  for (const file of files) {
    try {
      await stat(file);
      existing.push(path.basename(file));
    } catch {
      // Absent: the usual case.
    }
  }
  if (existing.length === 0) return;
  const shown = existing.slice(0, 5).join('、') + (existing.length > 5 ? ` 等 ${existing.length} 个文件` : '');
  throw new AppError('BAD_ARGUMENTS', `输出文件夹“${path.dirname(files[0]!)}”中已有同名文件：${shown}。未写入任何文件；请换一个文件夹，或确认覆盖（命令行加 --overwrite）。`);
}
