/**
 * The rendered corpus as the specs see it: written once by the global setup into
 * `.reports/render/measurements.json`, read by every spec file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Form } from '../../core/model/document.ts';
import type { FontRole } from './corpus/corpus-entry.ts';
import type { PdfMeasurement } from './measure-pdf.ts';

export const reportDir = resolve(import.meta.dirname, '../../.reports/render');
export const measurementsFile = resolve(reportDir, 'measurements.json');

export interface RenderedEntry {
  name: string;
  description: string;
  form: Form;
  hasSeparator: boolean;
  /** The document has a 版记 with 印发机关 and 印发日期. */
  hasRecord: boolean;
  fonts: FontRole[];
  docx: string | null;
  pdf: string | null;
  measurement: PdfMeasurement | null;
  /** Why the entry has no measurement (writer threw, LibreOffice failed). */
  error: string | null;
  seconds: { write: number; convert: number; measure: number };
}

export function loadRenderedCorpus(): RenderedEntry[] {
  try {
    return JSON.parse(readFileSync(measurementsFile, 'utf8')) as RenderedEntry[];
  } catch (error) {
    throw new Error(`读不到渲染结果 ${measurementsFile}：请用 npx vitest run --config tests/render/vitest.render.config.ts 运行，它的全局准备会先渲染语料（${error instanceof Error ? error.message : String(error)}）`);
  }
}

/** The measurement or a failure that says which document and why, so a writer crash reads as one. */
export function measured(entry: RenderedEntry): PdfMeasurement {
  if (!entry.measurement) throw new Error(`${entry.name}（${entry.description}）没有测量结果：${entry.error ?? '原因不明'}`);
  return entry.measurement;
}
