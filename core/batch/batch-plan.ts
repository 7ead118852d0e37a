/**
 * The preview before a batch run: the units found in the ledger with their rows, and every
 * reason the run should not start yet — rows naming no unit, units the directory lacks,
 * columns the template needs that the ledger lacks — each in Chinese with row numbers.
 */
import { requiredColumns } from '../data/column-mapping-required.ts';
import { cellText, columnIndex, type MergeTable } from '../template/merge-table.ts';
import type { Template } from '../template/template-schema.ts';
import type { UnitScope } from './unit-scope.ts';

export interface BatchGroup {
  unit: string;
  /** Row numbers as the user sees them in the ledger file. */
  rows: number[];
}

/** A group with the positions of its rows in the imported ledger, to give each notice only its own rows. */
export interface PlannedGroup extends BatchGroup {
  indexes: number[];
}

export interface BatchPlan {
  scope: UnitScope;
  /** The ledger column naming each row's unit. */
  groupColumn: string;
  groups: PlannedGroup[];
  /** Ledger rows (file row numbers) whose unit cell is empty. */
  rowsWithoutUnit: number[];
  /** Units in the ledger that the directory does not list, with their rows. */
  unitsNotInDirectory: BatchGroup[];
  /** Directory units with no ledger rows: they get no notice. */
  unitsWithoutRows: string[];
  /** Reasons the run cannot start; empty when it can. */
  problems: string[];
  /** Worth knowing, not blocking. */
  notes: string[];
}

const rowList = (rows: readonly number[]): string => (rows.length > 20 ? `第 ${rows.slice(0, 20).join('、')} 等 ${rows.length} 行` : `第 ${rows.join('、')} 行`);

function ledgerName(table: MergeTable): string {
  return table.sheet ? `台账“${table.name}”（工作表“${table.sheet}”）` : `台账“${table.name}”`;
}

/** What a batch groups by when neither the template nor the writer names a column. */
export const defaultGroupColumn = '责任单位';

/** Required fields nobody fills: no value typed, no default, no ledger binding, not set per notice. */
function unfilledFields(template: Template, scope: UnitScope, values: ReadonlyMap<string, string>): { missing: string[]; dated: string[] } {
  const open = template.fields.filter(
    (field) =>
      field.required && field.default === null && field.binding === null && !values.get(field.key)?.trim() && field.key !== scope.unitField && field.key !== scope.numberField,
  );
  // An open date prints as the day of the run, which is what a batch issued today wants.
  return { missing: open.filter((field) => field.type !== 'date').map((field) => field.key), dated: open.filter((field) => field.type === 'date').map((field) => field.key) };
}

export function planBatch(
  template: Template,
  scope: UnitScope,
  datasets: ReadonlyMap<string, MergeTable>,
  values: ReadonlyMap<string, string>,
  today: string,
  groupBy?: string,
): BatchPlan {
  const groupColumn = groupBy ?? scope.ledger.column ?? defaultGroupColumn;
  const plan: BatchPlan = { scope, groupColumn, groups: [], rowsWithoutUnit: [], unitsNotInDirectory: [], unitsWithoutRows: [], problems: [], notes: [] };
  const { missing: unfilled, dated } = unfilledFields(template, scope, values);
  if (unfilled.length > 0) plan.problems.push(`模板“${template.name}”的必填字段未填写：${unfilled.join('、')}（每份通知相同，请先填写）`);
  if (dated.length > 0) plan.notes.push(`${dated.join('、')}未填写，按生成当天 ${today} 填入`);
  const ledger = datasets.get(scope.ledger.dataset);
  if (!ledger) {
    plan.problems.push(`模板“${template.name}”按单位分组的台账“${scope.ledger.dataset}”尚未导入`);
    return plan;
  }
  const columns = columnIndex(ledger);
  const missing = requiredColumns(template, scope.ledger.dataset).filter((column) => column.required && !columns.has(column.name));
  for (const column of missing) plan.problems.push(`${ledgerName(ledger)}缺少模板“${template.name}”需要的“${column.name}”列（用于${column.usedBy.join('、')}）`);
  const unitColumn = columns.get(groupColumn);
  if (unitColumn === undefined) {
    if (!missing.some((column) => column.name === groupColumn)) plan.problems.push(`${ledgerName(ledger)}没有标明单位的“${groupColumn}”列，请指定按哪一列分组`);
    return plan;
  }

  const groups = new Map<string, PlannedGroup>();
  ledger.rows.forEach((row, index) => {
    const unit = cellText(row[unitColumn] ?? null).trim();
    const rowNumber = ledger.rowNumbers[index] ?? index + 1;
    if (!unit) {
      plan.rowsWithoutUnit.push(rowNumber);
      return;
    }
    const group = groups.get(unit) ?? { unit, rows: [], indexes: [] };
    group.rows.push(rowNumber);
    group.indexes.push(index);
    groups.set(unit, group);
  });
  plan.groups = [...groups.values()];
  if (plan.rowsWithoutUnit.length > 0) plan.problems.push(`${ledgerName(ledger)}${rowList(plan.rowsWithoutUnit)}的“${groupColumn}”为空：这些问题不属于任何单位，请补填后再生成`);
  if (plan.groups.length === 0 && plan.rowsWithoutUnit.length === 0) plan.problems.push(`${ledgerName(ledger)}没有数据行，没有可生成的通知`);

  const directory = scope.directory ? datasets.get(scope.directory.dataset) : undefined;
  if (scope.directory && !directory) plan.problems.push(`模板“${template.name}”从单位名录“${scope.directory.dataset}”取主送机关和称谓，请先导入单位名录`);
  if (scope.directory && directory) {
    const keyColumn = columnIndex(directory).get(scope.directory.column);
    if (keyColumn === undefined) plan.problems.push(`单位名录“${directory.name}”缺少“${scope.directory.column}”列`);
    else {
      const listed = new Set(directory.rows.map((row) => cellText(row[keyColumn] ?? null).trim()).filter(Boolean));
      plan.unitsNotInDirectory = plan.groups.filter((group) => !listed.has(group.unit)).map(({ unit, rows }) => ({ unit, rows }));
      for (const group of plan.unitsNotInDirectory)
        plan.problems.push(
          `单位“${group.unit}”（${ledgerName(ledger)}${rowList(group.rows)}）不在单位名录“${directory.name}”中，无法确定主送机关；请在名录中补充或更正台账中的单位名称`,
        );
      plan.unitsWithoutRows = [...listed].filter((unit) => !groups.has(unit));
      if (plan.unitsWithoutRows.length > 0) plan.notes.push(`单位名录中有 ${plan.unitsWithoutRows.length} 个单位在台账中没有问题，不生成通知：${plan.unitsWithoutRows.join('、')}`);
    }
  }
  return plan;
}
