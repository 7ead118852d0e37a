import { describe, expect, it } from 'vitest';
import { getDataset, listDatasets, saveDataset } from './datasets.ts';
import { openTestWorkspace } from './test-workspace.ts';

const source = { fileName: '2024年线索处置台账.xlsx', sheet: '一季度', sha256: 'a'.repeat(64), importedAt: '2024-03-05T08:00:00.000Z' };
const table = { columns: [{ name: '处置方式', type: 'text' }], rows: [['立案'], ['谈话函询']], sourceRows: [3, 4] };

describe('datasets', () => {
  it('keeps a table with its source across a restart', () => {
    const ws = openTestWorkspace();
    const saved = saveDataset(ws, { name: '线索处置台账', source, table });
    ws.close();
    const reopened = openTestWorkspace(ws.folder);
    expect(listDatasets(reopened)).toEqual([{ id: saved.id, name: '线索处置台账', source }]);
    expect(getDataset(reopened, saved.id).table).toEqual(table);
    reopened.close();
  });

  it('replaces a dataset saved again under the same id', () => {
    const ws = openTestWorkspace();
    const first = saveDataset(ws, { id: 'ledger-1', name: '台账', source, table });
    saveDataset(ws, { id: first.id, name: '台账（更新）', source: { ...source, sha256: 'b'.repeat(64) }, table: { rows: [] } });
    expect(listDatasets(ws)).toHaveLength(1);
    expect(getDataset(ws, 'ledger-1')).toMatchObject({ name: '台账（更新）', table: { rows: [] } });
    ws.close();
  });

  it('refuses a bad source in Chinese and says when a dataset is missing', () => {
    const ws = openTestWorkspace();
    expect(() => saveDataset(ws, { name: '台账', source: { ...source, sha256: 'xyz' }, table })).toThrow(/保存数据表.*source\.sha256.*64 位/s);
    expect(() => saveDataset(ws, { name: '台账', source, table: undefined })).toThrow(/数据表“台账”没有内容/);
    expect(() => getDataset(ws, 'none')).toThrow(/找不到数据表（编号 none）/);
    expect(listDatasets(ws)).toEqual([]);
    ws.close();
  });
});
