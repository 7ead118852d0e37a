/**
 * 用新台账更新数值: a re-imported ledger, matched to the template's columns automatically, and
 * the fields of the draft whose values it changes — nothing is applied until the writer accepts.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../core/api/errors.ts';
import { applyMapping } from '../../core/data/column-mapping-apply.ts';
import { describeMatch, missingColumnsMessage } from '../../core/data/column-mapping-messages.ts';
import { requiredColumns } from '../../core/data/column-mapping-required.ts';
import { matchColumns } from '../../core/data/column-mapping.ts';
import { DataImportError } from '../../core/data/data-import-error.ts';
import type { GongwenDocument } from '../../core/model/document.ts';
import type { LawReferences } from '../../core/template/law-references.ts';
import { findStaleFields, type StaleField } from '../../core/template/refresh.ts';
import { sampleMergeInput } from '../../core/template/sample-input.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { parseInWorker } from '../data/parse-in-worker.ts';

export interface LedgerRefresh {
  dataset: string;
  mapping: string[];
  changes: StaleField[];
}

export async function refreshFromLedger(template: Template, laws: LawReferences | null, document: GongwenDocument, file: { name: string; bytes: Uint8Array }, today: string): Promise<LedgerRefresh> {
  let imported;
  try {
    imported = await parseInWorker(file.bytes, { fileName: file.name, sha256: createHash('sha256').update(file.bytes).digest('hex') });
  } catch (error) {
    if (error instanceof DataImportError) throw new AppError('BAD_DOCUMENT', error.message);
    throw error;
  }
  const { table } = imported;
  const headers = table.columns.map((column) => column.name);
  const context = { templateName: template.name, fileName: table.source.fileName, sheet: table.source.sheet };
  const attempts = template.sample.datasets.map((dataset) => {
    const matches = matchColumns(requiredColumns(template, dataset.name), headers);
    return { dataset: dataset.name, matches, missing: missingColumnsMessage(context, matches) };
  });
  const fit = attempts.find((attempt) => attempt.missing === null);
  if (!fit) {
    const nearest = attempts.sort((a, b) => (a.missing?.length ?? 0) - (b.missing?.length ?? 0))[0];
    throw new AppError('BAD_DOCUMENT', nearest?.missing ?? `模板“${template.name}”不使用台账，无需更新。`);
  }
  const input = sampleMergeInput(template, today, laws ?? undefined);
  const datasets = new Map(input.datasets);
  datasets.set(fit.dataset, applyMapping(table, fit.dataset, fit.matches.map(({ column, header }) => ({ column, header }))));
  return { dataset: fit.dataset, mapping: fit.matches.map(describeMatch), changes: findStaleFields(document, template, { ...input, datasets }) };
}
