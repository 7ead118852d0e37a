import { describe, expect, it } from 'vitest';
import { findColumnMapping, ledgerFingerprint, saveColumnMapping } from './column-mappings.ts';
import { openTestWorkspace } from './test-workspace.ts';

const layout = { templateId: 'xuncha-zhenggai-tongzhi', dataset: '巡察问题清单', fileName: '第六轮问题清单.xlsx', sheet: '问题清单', headers: ['序号', '存在问题', '牵头单位', '完成时限'] };
const mapping = [
  { column: '问题描述', header: '存在问题' },
  { column: '责任单位', header: '牵头单位' },
  { column: '整改要求', header: null },
];

describe('column mappings in the workspace', () => {
  it('gives a confirmed mapping back for the same template and ledger layout after the database is reopened', () => {
    const ws = openTestWorkspace();
    expect(findColumnMapping(ws, layout)).toBeNull();
    saveColumnMapping(ws, { ...layout, mapping });
    ws.close();
    const reopened = openTestWorkspace(ws.folder);
    expect(findColumnMapping(reopened, layout)).toEqual(mapping);
    reopened.close();
  });

  it('replaces the stored mapping when an edited one is confirmed', () => {
    const ws = openTestWorkspace();
    saveColumnMapping(ws, { ...layout, mapping });
    const edited = [{ column: '问题描述', header: '存在问题' }, { column: '整改时限', header: '完成时限' }];
    saveColumnMapping(ws, { ...layout, mapping: edited });
    expect(findColumnMapping(ws, layout)).toEqual(edited);
    expect(ws.db.prepare('SELECT COUNT(*) AS n FROM column_mappings').get()).toEqual({ n: 1 });
    ws.close();
  });

  it('keeps mappings apart per template, dataset, file, sheet and header row', () => {
    const ws = openTestWorkspace();
    saveColumnMapping(ws, { ...layout, mapping });
    for (const other of [
      { ...layout, templateId: 'wenti-zhenggai-tongzhishu' },
      { ...layout, dataset: '整改台账模板' },
      { ...layout, fileName: '第七轮问题清单.xlsx' },
      { ...layout, sheet: null },
      { ...layout, headers: [...layout.headers, '备注'] },
      { ...layout, headers: ['存在问题', '序号', '牵头单位', '完成时限'] },
    ]) {
      expect(findColumnMapping(ws, other)).toBeNull();
    }
    ws.close();
  });

  it('tells a sheet named null from one named "null" and headers split differently', () => {
    expect(ledgerFingerprint({ fileName: 'a.csv', sheet: null, headers: [] })).not.toBe(ledgerFingerprint({ fileName: 'a.csv', sheet: 'null', headers: [] }));
    expect(ledgerFingerprint({ fileName: 'a.csv', sheet: null, headers: ['甲,乙'] })).not.toBe(ledgerFingerprint({ fileName: 'a.csv', sheet: null, headers: ['甲', '乙'] }));
  });

  it('refuses a header the ledger does not have, and reports a damaged record without touching it', () => {
    const ws = openTestWorkspace();
    expect(() => saveColumnMapping(ws, { ...layout, mapping: [{ column: '问题描述', header: '问题表现' }] })).toThrow('保存列对应关系：台账“第六轮问题清单.xlsx”没有表头“问题表现”（列“问题描述”）。');
    expect(() => saveColumnMapping(ws, { ...layout, mapping: [{ column: '{{x}}', header: null }] })).toThrow(/保存列对应关系/);
    saveColumnMapping(ws, { ...layout, mapping });
    ws.db.prepare("UPDATE column_mappings SET mapping_json = '{\"__proto__\":1}'").run();
    expect(() => findColumnMapping(ws, layout)).toThrow('工作区中模板“xuncha-zhenggai-tongzhi”与台账“第六轮问题清单.xlsx”的列对应关系已损坏，程序没有改动它；请重新确认列对应关系。');
    expect(ws.db.prepare('SELECT mapping_json FROM column_mappings').get()).toEqual({ mapping_json: '{"__proto__":1}' });
    ws.close();
  });
});
