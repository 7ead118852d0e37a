import { describe, expect, it } from 'vitest';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';
import type { Template } from '../template/template-schema.ts';
import { settingsDirectory } from './settings-directory.ts';
import { unitScope, type UnitScope } from './unit-scope.ts';

const pack = await loadBuiltinPack();
const template = pack.templates.find((t) => t.id === 'wenti-zhenggai-tongzhishu') as Template;
const scope = unitScope(template) as UnitScope;

describe('the 设置 unit directory as a template directory', () => {
  it('gives the key column the 全称, 称谓 the 简称, and says which columns borrow the 全称', () => {
    const { table, notes } = settingsDirectory(template, scope.directory!, [
      { name: '示范县水利局', short: '你局', category: '县直单位' },
      { name: '示范镇', short: '你镇', category: '乡镇' },
    ]);
    expect(table.name).toBe('单位名录');
    expect(table.columns[0]).toBe('单位全称');
    const at = (column: string) => table.columns.indexOf(column);
    expect(table.rows.map((row) => [row[at('单位全称')], row[at('称谓')], row[at('党组织全称')]])).toEqual([
      ['示范县水利局', '你局', '示范县水利局'],
      ['示范镇', '你镇', '示范镇'],
    ]);
    expect(table.rowNumbers).toEqual([1, 2]);
    expect(notes).toEqual(['设置中的单位名录没有“党组织全称”，按单位全称填写；如需不同的写法，请导入含这些列的单位名录文件']);
  });
});
