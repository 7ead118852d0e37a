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
});
