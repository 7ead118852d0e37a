import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { getDataset, listDatasets, saveDataset } from './datasets.ts';
import { createDraft, getDraft, listDrafts, saveDraft } from './drafts.ts';
import { exportGwdoc, importGwdoc } from './gwdoc-exchange.ts';
import { readGwdoc } from './gwdoc-file.ts';
import { openTestWorkspace } from './test-workspace.ts';
import { createVersion, getVersion, listVersions } from './versions.ts';

const source = { fileName: '线索台账.xlsx', sheet: 'Sheet1', sha256: 'd'.repeat(64), importedAt: '2024-03-05T08:00:00.000Z' };

function reportUsing(dataset: string, value: string): GongwenDocument {
  return {
    ...createBlankDocument('工作报告'),
    title: '县纪委监委2024年工作报告',
    body: [{ type: 'paragraph', content: [{ type: 'text', text: '全年立案' }, { type: 'field', key: '立案件数', value, source: { dataset, sheet: 'Sheet1', column: '处置方式', aggregate: 'count', rows: [2, 3], filter: '处置方式 = 立案' } }] }],
  };
}

describe('.gwdoc exchange', () => {
  it('carries a draft with its versions and the datasets it uses to another workspace', async () => {
    const office = openTestWorkspace();
    saveDataset(office, { id: 'ledger-2024', name: '线索台账', source, table: { rows: [['立案'], ['立案']] } });
    saveDataset(office, { id: 'unrelated', name: '无关台账', source: { ...source, sha256: 'e'.repeat(64) }, table: { rows: [] } });
    const draft = createDraft(office, { document: reportUsing('ledger-2024', '36') });
    createVersion(office, { draftId: draft.id, name: '征求意见稿' });
    saveDraft(office, { id: draft.id, document: reportUsing('ledger-2024', '37') });
    createVersion(office, { draftId: draft.id, name: '送审稿' });
    const file = path.join(office.folder, '工作报告.gwdoc');
    await exportGwdoc(office, draft.id, file);
    expect((await readGwdoc(file)).datasets.map((d) => d.id)).toEqual(['ledger-2024']);
    office.close();

    const home = openTestWorkspace();
    const imported = await importGwdoc(home, file);
    expect(imported.notes).toEqual([]);
    expect(imported.draft.id).not.toBe(draft.id);
    expect(getDraft(home, imported.draft.id).document).toEqual(reportUsing('ledger-2024', '37'));
    const versions = listVersions(home, imported.draft.id);
    expect(versions.map((v) => v.name)).toEqual(['征求意见稿', '送审稿']);
    expect(getVersion(home, versions[0]?.id ?? '').document).toEqual(reportUsing('ledger-2024', '36'));
    expect(getDataset(home, 'ledger-2024').table).toEqual({ rows: [['立案'], ['立案']] });
    home.close();

    const reopened = openTestWorkspace(home.folder);
    expect(listDrafts(reopened)).toHaveLength(1);
    reopened.close();
  });

  it('imports the same file twice as two drafts and keeps a local dataset that has the same id', async () => {
    const office = openTestWorkspace();
    saveDataset(office, { id: 'ledger', name: '线索台账', source, table: { rows: [] } });
    const draft = createDraft(office, { document: reportUsing('ledger', '5') });
    const file = path.join(office.folder, 'a.gwdoc');
    await exportGwdoc(office, draft.id, file);
    office.close();

    const home = openTestWorkspace();
    saveDataset(home, { id: 'ledger', name: '本机台账', source: { ...source, sha256: 'f'.repeat(64) }, table: { rows: [['本机']] } });
    const first = await importGwdoc(home, file);
    const second = await importGwdoc(home, file);
    expect(first.draft.id).not.toBe(second.draft.id);
    expect(first.notes).toEqual(['数据表“线索台账”与本机已有的“本机台账”编号相同但内容不同，已保留本机的数据表；如需使用文件中的版本，请重新导入台账“线索台账.xlsx”。']);
    expect(getDataset(home, 'ledger').table).toEqual({ rows: [['本机']] });
    expect(listDatasets(home)).toHaveLength(1);
    expect(listDrafts(home)).toHaveLength(2);
    home.close();
  });

  it('opens a file whose draft entry is damaged from its newest version, with the damage and the version in the notes', async () => {
    const office = openTestWorkspace();
    const draft = createDraft(office, { document: reportUsing('ledger', '5') });
    createVersion(office, { draftId: draft.id, name: '送审稿' });
    saveDraft(office, { id: draft.id, document: reportUsing('ledger', '6') });
    const file = path.join(office.folder, '损坏.gwdoc');
    await exportGwdoc(office, draft.id, file);
    office.close();
    const files = unzipSync(readFileSync(file));
    files['draft.json'] = strToU8(strFromU8(files['draft.json'] as Uint8Array).replace('全年立案', '全年结案'));
    writeFileSync(file, zipSync(files));

    const home = openTestWorkspace();
    const imported = await importGwdoc(home, file);
    expect(imported.notes[0]).toBe('条目“draft.json”已损坏（校验值不符）。');
    expect(imported.notes[1]).toMatch(/^已用文件中最新的完好版本“送审稿”（.+）作为草稿内容/);
    expect(getDraft(home, imported.draft.id).document).toEqual(reportUsing('ledger', '5'));
    expect(listVersions(home, imported.draft.id).map((v) => v.name)).toEqual(['送审稿']);
    home.close();
  });
});
