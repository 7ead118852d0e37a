/**
 * The unit directory kept in 设置 seen as the template's directory dataset (单位名录), so a batch
 * needs no directory file. An entry has only 全称, 简称 and 类别: the 简称 is how the body addresses
 * the unit (你局), which is what a template's 称谓 column means; any other column the template reads
 * (党组织全称) is filled with the 全称, and the note says so, so the writer can import a fuller file.
 */
import { requiredColumns } from '../data/column-mapping-required.ts';
import type { Unit } from '../settings/unit-directory.ts';
import type { MergeTable } from '../template/merge-table.ts';
import type { Template } from '../template/template-schema.ts';
import type { UnitScope } from './unit-scope.ts';

type EntryPart = 'name' | 'short' | 'category';

const partsByColumn: Readonly<Record<string, EntryPart>> = { 称谓: 'short', 简称: 'short', 规范简称: 'short', 单位简称: 'short', 类别: 'category', 单位类别: 'category' };

export interface SettingsDirectory {
  table: MergeTable;
  notes: string[];
}

export function settingsDirectory(template: Template, directory: NonNullable<UnitScope['directory']>, units: readonly Unit[]): SettingsDirectory {
  const read = requiredColumns(template, directory.dataset).map((column) => column.name);
  const columns = [directory.column, ...read.filter((name) => name !== directory.column)];
  const parts = columns.map((name): EntryPart => (name === directory.column ? 'name' : (partsByColumn[name] ?? 'name')));
  const borrowed = columns.filter((name, i) => name !== directory.column && parts[i] === 'name');
  return {
    table: { name: directory.dataset, sheet: null, columns, rows: units.map((unit) => parts.map((part) => unit[part])), rowNumbers: units.map((_, i) => i + 1) },
    notes: borrowed.length > 0 ? [`设置中的单位名录没有${borrowed.map((name) => `“${name}”`).join('')}，按单位全称填写；如需不同的写法，请导入含这些列的单位名录文件`] : [],
  };
}
