/**
 * What a batch request from the 批量生成 screen stands for: the template, its 送达回证, the imported
 * ledger under the template's column names (grouped by the header the writer chose), the unit
 * directory — a file imported on the screen or the one in 设置 — and the values typed once for
 * every notice. The same inputs feed the preview and the run, so what was previewed is what runs.
 */
import type { BatchRequest } from '../../core/api/contract-batch.ts';
import { AppError } from '../../core/api/errors.ts';
import { defaultGroupColumn } from '../../core/batch/batch-plan.ts';
import { settingsDirectory } from '../../core/batch/settings-directory.ts';
import { unitScope, type UnitScope } from '../../core/batch/unit-scope.ts';
import { applyMapping } from '../../core/data/column-mapping-apply.ts';
import type { FixedColumn } from '../../core/data/column-mapping.ts';
import type { DataTable } from '../../core/data/data-table.ts';
import { matchLedgerColumns } from '../../core/data/ledger-dataset.ts';
import type { Unit } from '../../core/settings/unit-directory.ts';
import type { LawReferences } from '../../core/template/law-references.ts';
import type { MergeTable } from '../../core/template/merge-table.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { readStoredTable } from '../data/stored-table.ts';
import type { TemplateService } from '../templates/template-service.ts';
import { findColumnMapping } from '../workspace/column-mappings.ts';
import type { Workspace } from '../workspace/open-workspace.ts';

const batchGenres = new Set(['建议书', '整改通知书']);

export interface BatchInputs {
  template: Template;
  laws: LawReferences | undefined;
  scope: UnitScope;
  datasets: Map<string, MergeTable>;
  values: Map<string, string>;
  headers: string[];
  /** The ledger header the rows are grouped by. */
  groupHeader: string;
  /** Columns the template needs that no ledger header feeds: the screen offers the column mapping for them. */
  missingColumns: string[];
  /** The column name planBatch groups by, when the template does not filter by unit itself. */
  planGroupBy: string | undefined;
  directory: { source: 'settings' | 'file'; name: string; count: number } | null;
  notes: string[];
}

/** The unit scope of a 建议书 or 整改通知书, or the Chinese reason the template cannot be issued per unit. */
export function batchScope(template: Template): UnitScope | string {
  if (!batchGenres.has(template.genre)) return `模板“${template.name}”不是建议书或整改通知书，不能按单位批量生成。`;
  return unitScope(template);
}

async function batchTemplate(templates: TemplateService, id: string): Promise<{ template: Template; laws: LawReferences | null; scope: UnitScope }> {
  const { template, laws } = await templates.find(id);
  const scope = batchScope(template);
  if (typeof scope === 'string') throw new AppError('BAD_ARGUMENTS', scope);
  return { template, laws, scope };
}

function remembered(ws: Workspace, template: Template, dataset: string, table: DataTable, headers: string[]): FixedColumn[] {
  const layout = { templateId: template.id, dataset, fileName: table.source.fileName, sheet: table.source.sheet, headers };
  return (findColumnMapping(ws, layout) ?? []).map((entry) => ({ ...entry, reason: 'remembered' }));
}

function fieldValues(template: Template, values: BatchRequest['values']): Map<string, string> {
  const keys = new Set(template.fields.map((field) => field.key));
  const unknown = Object.keys(values).filter((key) => !keys.has(key));
  if (unknown.length > 0) throw new AppError('BAD_ARGUMENTS', `模板“${template.name}”没有字段${unknown.map((key) => `“${key}”`).join('')}。`);
  return new Map(Object.entries(values).filter(([, value]) => value.trim() !== ''));
}

export async function batchInputs(ws: Workspace, templates: TemplateService, units: readonly Unit[], request: BatchRequest): Promise<BatchInputs> {
  const { template, laws, scope } = await batchTemplate(templates, request.templateId);
  const values = fieldValues(template, request.values);
  const table = readStoredTable(ws, request.ledgerId);
  const headers = table.columns.map((column) => column.name);
  const ownColumn = scope.ledger.column;
  const groupHeader =
    request.groupBy ?? (headers.includes(defaultGroupColumn) ? defaultGroupColumn : ownColumn !== null && headers.includes(ownColumn) ? ownColumn : defaultGroupColumn);
  // A template that filters its ledger by unit reads the unit from its own column: the chosen header feeds it.
  const manual: FixedColumn[] = ownColumn !== null && headers.includes(groupHeader) ? [{ column: ownColumn, header: groupHeader, reason: 'manual' }] : [];
  const matches = matchLedgerColumns(template, scope.ledger.dataset, headers, manual, remembered(ws, template, scope.ledger.dataset, table, headers));
  const datasets = new Map<string, MergeTable>([[scope.ledger.dataset, applyMapping(table, scope.ledger.dataset, matches)]]);
  const planGroupBy = ownColumn !== null ? undefined : (matches.find((match) => match.header === groupHeader)?.column ?? groupHeader);

  const notes: string[] = [];
  let directory: BatchInputs['directory'] = null;
  if (scope.directory && request.directoryId !== null) {
    const file = readStoredTable(ws, request.directoryId);
    const fileHeaders = file.columns.map((column) => column.name);
    const mapped = matchLedgerColumns(template, scope.directory.dataset, fileHeaders, [], remembered(ws, template, scope.directory.dataset, file, fileHeaders));
    datasets.set(scope.directory.dataset, applyMapping(file, scope.directory.dataset, mapped));
    directory = { source: 'file', name: file.source.fileName, count: file.rows.length };
  } else if (scope.directory) {
    const fromSettings = settingsDirectory(template, scope.directory, units);
    datasets.set(scope.directory.dataset, fromSettings.table);
    notes.push(...fromSettings.notes);
    directory = { source: 'settings', name: '设置中的单位名录', count: units.length };
  }
  const shownHeader = ownColumn !== null && !headers.includes(groupHeader) ? (matches.find((match) => match.column === ownColumn)?.header ?? groupHeader) : groupHeader;
  const missingColumns = matches.filter((match) => match.required && match.header === null).map((match) => match.column);
  return { template, laws: laws ?? undefined, scope, datasets, values, headers, groupHeader: shownHeader, missingColumns, planGroupBy, directory, notes };
}

/** The run's values: a date every notice leaves open is the day of the run, as the preview's note says, so no notice reports it missing. */
export function runValues(template: Template, values: ReadonlyMap<string, string>, today: string): Map<string, string> {
  const dated = template.fields.filter((field) => field.type === 'date' && field.binding === null && field.default === null && !values.get(field.key)?.trim());
  return new Map([...values, ...dated.map((field): [string, string] => [field.key, today])]);
}
