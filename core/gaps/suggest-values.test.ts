import { describe, expect, it } from 'vitest';
import { caseLedger, inspectionLedger, ledgerTable } from '../../tests/support/gap-ledgers.ts';
import { findGaps } from './find-gaps.ts';
import { suggestValues, type GapContext } from './suggest-values.ts';

/** The context of the first gap in a sentence, as the editor sends it. */
function contextOf(sentence: string): GapContext {
  const [gap] = findGaps(sentence);
  return { before: sentence.slice(0, gap!.start), after: sentence.slice(gap!.end), unit: gap!.unit };
}

const top = (sentence: string) => suggestValues(contextOf(sentence), [inspectionLedger, caseLedger])[0];

describe('suggestions for a number gap', () => {
  it('reads 轮 as rounds and 巡察 as the inspection ledger', () => {
    expect(top('全年统筹开展×轮常规巡察')).toMatchObject({ printed: '3', binding: { dataset: '巡察台账', aggregate: 'max', column: '轮次' } });
  });

  it('counts the rows a named category picks: 立案×件', () => {
    const best = top('全年立案×件');
    expect(best).toMatchObject({ printed: '3', binding: { dataset: '案件台账', aggregate: 'count', filters: [{ column: '处置方式', op: 'eq', value: '立案' }] } });
    expect(best!.source).toEqual({ dataset: '案件台账', sheet: null, column: null, aggregate: 'count', rows: [2, 3, 5], filter: '处置方式 = 立案' });
    expect(best!.reasons.join('；')).toContain('立案');
  });

  it('never offers a sum of money for a count: 涉案金额 does not count 案', () => {
    const all = suggestValues(contextOf('全年立案×件'), [inspectionLedger, caseLedger]);
    expect(all.filter((s) => s.binding.column === '涉案金额')).toEqual([]);
  });

  it('counts the filled cells of a column the sentence names: 处分×人', () => {
    expect(top('给予党纪政务处分×人')).toMatchObject({ printed: '2', binding: { dataset: '案件台账', filters: [{ column: '处分', op: 'notEmpty' }] } });
  });

  it('sums a column named in the sentence and scales 万元', () => {
    const best = top('挽回经济损失×万元');
    expect(best).toMatchObject({ printed: '40', value: 400_000, binding: { aggregate: 'sum', column: '涉案金额' } });
    expect(best!.reasons.join('；')).toContain('÷10000');
  });

  it('sums the column of problems found for 发现问题×个', () => {
    expect(top('巡察发现问题×个')).toMatchObject({ printed: '43', binding: { dataset: '巡察台账', aggregate: 'sum', column: '发现问题数' } });
  });

  it('offers nothing without ledgers and ranks several candidates', () => {
    expect(suggestValues(contextOf('全年立案×件'), [])).toEqual([]);
    const all = suggestValues(contextOf('全年立案×件'), [inspectionLedger, caseLedger]);
    expect(all.length).toBeGreaterThan(1);
    expect(all.map((s) => s.score)).toEqual([...all.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('prefers the ledger imported last when two answer alike', () => {
    const older = ledgerTable('旧案件台账', ['处置方式'], [['立案'], ['立案'], ['立案'], ['立案']]);
    expect(suggestValues(contextOf('全年立案×件'), [caseLedger, older])[0]).toMatchObject({ printed: '3', binding: { dataset: '案件台账' } });
    expect(suggestValues(contextOf('全年立案×件'), [older, caseLedger])[0]).toMatchObject({ printed: '4', binding: { dataset: '旧案件台账' } });
  });

  it('takes a column called __proto__ as a plain name', () => {
    const odd = ledgerTable('台账', ['__proto__', '人数'], [['a', 3], ['b', 4]]);
    expect(suggestValues(contextOf('共培训×人'), [odd])[0]).toMatchObject({ printed: '7', binding: { column: '人数' } });
  });
});
