import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { documentFields } from '../../core/model/fields.ts';
import { acceptChanges } from '../../core/template/refresh-accept.ts';
import { mapFields } from '../../core/template/refresh-walk.ts';
import { loadBuiltinPack, builtinPackDir } from '../templates/builtin-pack.ts';
import { createTemplateService } from '../templates/template-service.ts';
import { openTestWorkspace } from '../workspace/test-workspace.ts';
import { createLedgerHandlers } from './ledger-service.ts';

const templateId = 'jijian-jiancha-jianyi';
const csv = (rows: readonly (readonly (string | number | null)[])[]) =>
  `${rows.map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;
const file = (name: string, bytes: Buffer) => ({ name, base64: bytes.toString('base64') });

async function setUp() {
  const ws = openTestWorkspace();
  const templates = createTemplateService(builtinPackDir);
  const { templates: all } = await loadBuiltinPack();
  const sample = all.find((t) => t.id === templateId)!.sample.datasets.find((d) => d.name === '问题清单')!;
  return { ws, templates, sample, handlers: createLedgerHandlers(() => ws, templates) };
}

async function read(handlers: Awaited<ReturnType<typeof setUp>>['handlers'], request: Parameters<typeof handlers.readLedger>[0]) {
  const result = await handlers.readLedger(request);
  if (result.status !== 'read') throw new Error(result.message);
  return result;
}

describe('the 数据 panel host', () => {
  it('reads a GBK ledger into the workspace, shows its first lines and pages through its rows', async () => {
    const { handlers } = await setUp();
    const rows = Array.from({ length: 1200 }, (_, i) => [`XS${i}`, `示范县第${i}单位`, i * 10]);
    const bytes = iconv.encode(csv([['受理编号', '单位', '涉案金额'], ...rows]), 'gbk');
    const read1 = await read(handlers, { file: file('线索台账.csv', bytes) });
    expect(read1).toMatchObject({ encoding: 'GB18030', rowCount: 1200, headerRows: 1, sheet: null, sheets: [] });
    expect(read1.columns.map((c) => c.name)).toEqual(['受理编号', '单位', '涉案金额']);
    expect(read1.textPreview?.split('\n')[0]).toBe('"受理编号","单位","涉案金额"');
    const page = await handlers.getDatasetRows({ datasetId: read1.datasetId, offset: 1000, limit: 3 });
    expect(page).toEqual({
      total: 1200,
      rows: [
        ['XS1000', '示范县第1000单位', 10000],
        ['XS1001', '示范县第1001单位', 10010],
        ['XS1002', '示范县第1002单位', 10020],
      ],
      sourceRows: [1002, 1003, 1004],
    });
    const again = await read(handlers, {
      file: file(
        '线索台账.csv',
        iconv.encode(
          csv([
            ['受理编号', '单位', '涉案金额'],
            ['XS1', '甲', 1],
          ]),
          'gbk',
        ),
      ),
    });
    expect(again.datasetId).toBe(read1.datasetId);
    expect((await handlers.getDatasetRows({ datasetId: read1.datasetId, offset: 0, limit: 10 })).total).toBe(1);
  });

  it('asks for the encoding of a Big5 file with a preview, and reads it in the encoding the writer picks', async () => {
    const { handlers } = await setUp();
    const bytes = iconv.encode('姓名,單位,金額\r\n張三,縣紀委監委,1200\r\n', 'big5');
    const guess = await handlers.readLedger({ file: file('繁體.csv', bytes) });
    expect(guess).toMatchObject({ status: 'needs-encoding', fileName: '繁體.csv', message: expect.stringContaining('无法识别编码') });
    const wrong = await handlers.readLedger({ file: file('繁體.csv', bytes), encoding: 'UTF-8' });
    expect(wrong).toMatchObject({ status: 'needs-encoding', message: expect.stringContaining('UTF-8'), preview: expect.stringContaining('\uFFFD') });
    const right = await read(handlers, { file: file('繁體.csv', bytes), encoding: 'Big5' });
    expect(right).toMatchObject({ encoding: 'Big5', rowCount: 1, textPreview: '姓名,單位,金額\n張三,縣紀委監委,1200' });
    expect((await handlers.getDatasetRows({ datasetId: right.datasetId, offset: 0, limit: 5 })).rows).toEqual([['張三', '縣紀委監委', 1200]]);
  });

  it('lists the sheets of a workbook with the hidden one marked, reads the first visible one, and another on request as its own dataset', async () => {
    const { handlers } = await setUp();
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['旧表'], ['x']]), '草稿');
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['受理编号', '单位'],
        ['XS1', '县财政局'],
        ['XS2', '县教育局'],
      ]),
      '2024',
    );
    book.Workbook = { Sheets: [{ Hidden: 1 }, { Hidden: 0 }] };
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const first = await read(handlers, { file: file('线索台账.xlsx', bytes) });
    expect(first).toMatchObject({
      encoding: 'workbook',
      sheet: '2024',
      textPreview: null,
      rowCount: 2,
      headerRows: 1,
      sheets: [
        { name: '草稿', hidden: true },
        { name: '2024', hidden: false },
      ],
    });
    expect(first.notes.join('\n')).toContain('隐藏');
    const hidden = await read(handlers, { file: file('线索台账.xlsx', bytes), sheet: '草稿' });
    expect(hidden).toMatchObject({ sheet: '草稿', rowCount: 1 });
    expect(hidden.datasetId).not.toBe(first.datasetId);
    await expect(handlers.readLedger({ file: file('线索台账.xlsx', bytes), sheet: '没有' })).rejects.toThrow(/线索台账\.xlsx/);
  });

  it('proposes a mapping, refuses a missing required column naming template, file and column without saving, then fills the draft and remembers the confirmed one', async () => {
    const { handlers, templates, sample } = await setUp();
    const { document: draft } = await templates.newDraft(templateId, '2024-12-05');
    const headers = sample.columns.map((name) => (name === '问题描述' ? '存在问题' : name === '整改时限' ? '完成期限' : name));
    const rows = [...sample.rows, sample.rows[0]!.map((cell, i) => (i === 0 ? '新增问题' : cell))];
    const ledger = await read(handlers, { file: file('问题清单.csv', Buffer.from(`\uFEFF${csv([headers, ...rows])}`)) });
    const proposal = await handlers.proposeMapping({ templateId, datasetId: ledger.datasetId });
    expect(proposal.target).toBe('问题清单');
    const columns = proposal.datasets.find((d) => d.dataset === '问题清单')!.columns;
    expect(columns.find((c) => c.column === '问题类别')).toMatchObject({ header: '问题类别', reason: 'exact' });
    const description = columns.find((c) => c.column === '问题描述')!;
    expect(description.required).toBe(true);
    const mapping = columns.map(({ column, header }) => ({ column, header }));

    const withoutDescription = mapping.map((entry) => (entry.column === '问题描述' ? { ...entry, header: null } : entry));
    const request = { templateId, datasetId: ledger.datasetId, dataset: '问题清单', today: '2024-12-05', document: draft };
    await expect(handlers.compareLedger({ ...request, mapping: withoutDescription })).rejects.toThrow(
      /模板“纪检监察建议书”需要的列“问题描述”在台账“问题清单\.csv”中没有对应的表头/,
    );
    const untouched = (await handlers.proposeMapping({ templateId, datasetId: ledger.datasetId })).datasets.find((d) => d.dataset === '问题清单')!.columns;
    expect(untouched.some((c) => c.reason === 'remembered')).toBe(false);

    const full = mapping.map((entry) => (entry.column === '问题描述' ? { ...entry, header: '存在问题' } : entry.column === '整改时限' ? { ...entry, header: '完成期限' } : entry));
    const { changes } = await handlers.compareLedger({ ...request, mapping: full });
    const count = documentFields(acceptChanges(draft, changes, 'all')).find(({ field }) => field.key === '问题个数')!.field;
    expect(count.value).toBe('4');
    expect(count.source).toMatchObject({ dataset: '问题清单', aggregate: 'count', rows: [2, 3, 4, 5] });
    const next = (await handlers.proposeMapping({ templateId, datasetId: ledger.datasetId })).datasets.find((d) => d.dataset === '问题清单')!.columns;
    expect(next.find((c) => c.column === '问题描述')).toMatchObject({ header: '存在问题', reason: 'remembered' });
  });

  it('应用 (every change accepted) keeps a sentence the writer typed and a value typed over, and fills the rest from the ledger', async () => {
    const { handlers, templates, sample } = await setUp();
    const { document: draft } = await templates.newDraft(templateId, '2024-12-05');
    const typed = '请各单位于收到本建议书后认真研究落实。';
    let typedOver = 0;
    const overridden = mapFields(draft, (field) => (field.key === '问题描述' && typedOver++ === 0 ? { ...field, value: '手工改写的问题描述', source: null } : field));
    expect(typedOver).toBeGreaterThan(0);
    const edited = { ...overridden, body: [...overridden.body, { type: 'paragraph' as const, content: [{ type: 'text' as const, text: typed }] }] };
    const rows = [...sample.rows, sample.rows[0]!.map((cell, i) => (i === 0 ? '新增问题' : cell))];
    const ledger = await read(handlers, { file: file('问题清单（手工）.csv', Buffer.from(csv([sample.columns, ...rows]))) });
    const proposal = await handlers.proposeMapping({ templateId, datasetId: ledger.datasetId });
    const mapping = proposal.datasets.find((d) => d.dataset === '问题清单')!.columns.map(({ column, header }) => ({ column, header }));
    const { changes } = await handlers.compareLedger({ templateId, datasetId: ledger.datasetId, dataset: '问题清单', mapping, today: '2024-12-05', document: edited });
    const applied = acceptChanges(edited, changes, 'all');
    expect(JSON.stringify(applied.body)).toContain(typed);
    expect(JSON.stringify(applied.body)).toContain('手工改写的问题描述');
    expect(documentFields(applied).find(({ field }) => field.key === '问题个数')!.field.value).toBe('4');
    expect(JSON.stringify(applied.body)).toContain('新增问题');
  });

  it('lists the values a newer ledger changes under the confirmed mapping, applying nothing', async () => {
    const { handlers, templates, sample } = await setUp();
    const { document } = await templates.newDraft(templateId, '2024-12-05');
    const rows = [...sample.rows, sample.rows[0]!.map((cell, i) => (i === 0 ? '新增问题' : cell))];
    const ledger = await read(handlers, { file: file('问题清单（新）.csv', Buffer.from(csv([sample.columns, ...rows]))) });
    const proposal = await handlers.proposeMapping({ templateId, datasetId: ledger.datasetId });
    const mapping = proposal.datasets.find((d) => d.dataset === '问题清单')!.columns.map(({ column, header }) => ({ column, header }));
    const { changes } = await handlers.compareLedger({ templateId, datasetId: ledger.datasetId, dataset: '问题清单', mapping, today: '2024-12-05', document });
    expect(changes.find((change) => change.key === '问题个数')).toMatchObject({ oldValue: '3', newValue: '4' });
    await expect(handlers.compareLedger({ templateId, datasetId: ledger.datasetId, dataset: '不存在', mapping, today: '2024-12-05', document })).rejects.toThrow(
      /没有数据集“不存在”/,
    );
  });

  it('says in Chinese when a dataset is not in the workspace', async () => {
    const { handlers } = await setUp();
    await expect(handlers.getDatasetRows({ datasetId: 'ledger-none', offset: 0, limit: 10 })).rejects.toThrow(/找不到数据表（编号 ledger-none）/);
  });
});
