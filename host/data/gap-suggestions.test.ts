import { describe, expect, it } from 'vitest';
import { builtinPackDir } from '../templates/builtin-pack.ts';
import { createTemplateService } from '../templates/template-service.ts';
import { openTestWorkspace } from '../workspace/test-workspace.ts';
import { createGapHandlers } from './gap-suggestions.ts';
import { createLedgerHandlers } from './ledger-service.ts';

const csv = (rows: readonly (readonly (string | number)[])[]) => Buffer.from(`${rows.map((row) => row.join(',')).join('\r\n')}\r\n`, 'utf8');

describe('suggestions for a gap from the imported ledgers', () => {
  it('proposes the count of 立案 rows from the ledger imported into the workspace, with its rows', async () => {
    const ws = openTestWorkspace();
    const ledgers = createLedgerHandlers(() => ws, createTemplateService(builtinPackDir));
    const cases = csv([['姓名', '处置方式'], ['张某', '立案'], ['李某', '谈话函询'], ['王某', '立案']]);
    const read = await ledgers.readLedger({ file: { name: '案件台账.csv', base64: cases.toString('base64') } });
    if (read.status !== 'read') throw new Error(read.message);
    const gaps = createGapHandlers(() => ws);

    const { suggestions, ledgers: looked } = await gaps.suggestGapValues({ before: '全年立案', after: '件', unit: '件' });
    expect(looked).toEqual(['案件台账']);
    expect(suggestions[0]).toMatchObject({ printed: '2', source: { dataset: '案件台账', rows: [2, 4], filter: '处置方式 = 立案' } });

    const none = await gaps.suggestGapValues({ before: '全年立案', after: '件', unit: '件', datasetIds: ['ledger-none'] });
    expect(none).toEqual({ suggestions: [], ledgers: [] });
  });

  it('lists every imported ledger with its columns, a column\'s values, and the value a hand-made pick gives', async () => {
    const ws = openTestWorkspace();
    const ledgers = createLedgerHandlers(() => ws, createTemplateService(builtinPackDir));
    const cases = csv([['姓名', '处置方式', '涉案金额'], ['张某', '立案', 120000], ['李某', '谈话函询', ''], ['王某', '立案', 30000]]);
    const read = await ledgers.readLedger({ file: { name: '案件台账.csv', base64: cases.toString('base64') } });
    if (read.status !== 'read') throw new Error(read.message);
    const gaps = createGapHandlers(() => ws);

    const { ledgers: listed } = await gaps.listLedgers();
    expect(listed).toEqual([expect.objectContaining({ datasetId: read.datasetId, name: '案件台账', fileName: '案件台账.csv', rowCount: 3 })]);
    expect(listed[0]!.columns.map((c) => c.name)).toEqual(['姓名', '处置方式', '涉案金额']);
    expect(await gaps.ledgerColumnValues({ datasetId: read.datasetId, column: '处置方式' })).toEqual({ values: ['立案', '谈话函询'], more: false });

    const picked = await gaps.pickLedgerValue({ datasetId: read.datasetId, aggregate: 'sum', column: '涉案金额', filter: { column: '处置方式', value: '立案' }, unit: '万元' });
    expect(picked).toMatchObject({ printed: '15', scaled: '按“万元”折算（÷10000）', source: { dataset: '案件台账', rows: [2, 4], filter: '处置方式 = 立案' } });
    await expect(gaps.pickLedgerValue({ datasetId: read.datasetId, aggregate: 'sum', column: '姓名', filter: null, unit: null })).rejects.toThrow('第 2 行“姓名”列不是数字');
    await expect(gaps.pickLedgerValue({ datasetId: 'ledger-none', aggregate: 'count', column: null, filter: null, unit: null })).rejects.toThrow('找不到所选的台账');
  });
});
