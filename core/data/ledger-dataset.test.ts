import { describe, expect, it } from 'vitest';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';
import { fittingDataset, matchLedgerColumns } from './ledger-dataset.ts';

describe('the dataset a ledger stands for', () => {
  it('picks the dataset whose required columns the headers fill, and none when it cannot tell', async () => {
    const { templates } = await loadBuiltinPack();
    const template = templates.find((t) => t.id === 'jijian-jiancha-jianyi')!;
    const problems = template.sample.datasets.find((d) => d.name === '问题清单')!.columns;
    const units = template.sample.datasets.find((d) => d.name === '单位名录')!.columns;
    expect(fittingDataset(template, problems)).toBe('问题清单');
    expect(fittingDataset(template, units)).toBe('单位名录');
    expect(fittingDataset(template, ['甲', '乙'])).toBeNull();
  });

  it('lets a column mapped now win over the one confirmed earlier', async () => {
    const { templates } = await loadBuiltinPack();
    const template = templates.find((t) => t.id === 'jijian-jiancha-jianyi')!;
    const headers = ['类别', '描述', '说明'];
    const matches = matchLedgerColumns(
      template,
      '问题清单',
      headers,
      [{ column: '问题描述', header: '说明', reason: 'manual' }],
      [
        { column: '问题描述', header: '描述', reason: 'remembered' },
        { column: '问题类别', header: '类别', reason: 'remembered' },
      ],
    );
    expect(matches.find((m) => m.column === '问题描述')).toMatchObject({ header: '说明', reason: 'manual' });
    expect(matches.find((m) => m.column === '问题类别')).toMatchObject({ header: '类别', reason: 'remembered' });
  });
});
