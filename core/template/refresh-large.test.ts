import { describe, expect, it } from 'vitest';
import { mergeTemplate } from './merge.ts';
import { findStaleFields } from './refresh.ts';
import { clueLedger, clueRows } from '../../tests/support/clue-ledger.ts';
import { clueStatisticsFields as fields, clueStatisticsTemplate as template } from '../../tests/support/clue-statistics.ts';

describe('findStaleFields over a 100 000-row ledger', () => {
  it('recomputes 50 bound fields and 20 listed rows of a re-imported ledger', () => {
    expect(fields).toHaveLength(50);
    const original = clueRows(100_000);
    const { document, issues } = mergeTemplate(template, { values: new Map(), datasets: new Map([['问题线索台账', clueLedger(original)]]), today: '2024-12-05' });
    expect(issues).toEqual([]);
    // The re-import: one clue deleted near the top (every listed row below moves up), one listed case now 立案.
    const rows = original.map((row) => [...row]);
    rows.splice(100, 1);
    rows[10_006]![5] = '立案';
    const changes = findStaleFields(document, template, { values: new Map<string, string>(), datasets: new Map([['问题线索台账', clueLedger(rows)]]), today: '2024-12-05' });
    const moved = changes.filter((c) => c.key === '受理编号');
    expect(moved).toHaveLength(19);
    expect(moved[0]).toMatchObject({ oldValue: 'XS005007', newValue: 'XS005007', reason: '台账“问题线索台账”原第 5009 行现为第 5008 行' });
    expect(changes.find((c) => c.key === '处置方式' && c.oldSource.rows[0] === 10_009)).toMatchObject({
      newValue: '立案',
      reason: `台账“问题线索台账”原第 10009 行现为第 10008 行，“处置方式”由“${original[10_007]![5]}”改为“立案”`,
    });
    expect(changes.find((c) => c.key === '汇总1')?.reason).toBe('台账“问题线索台账”计入的行有变动，汇总1由 20000 变为 19999');
    expect(changes.find((c) => c.key === '汇总28')?.reason).toMatch(/^台账“问题线索台账”计入的行由 \d+ 行变为 \d+ 行，汇总28由 \d+ 变为 \d+$/);
    expect(changes.filter((c) => c.key.startsWith('汇总')).length).toBeGreaterThan(5);
  });
});
