import { describe, expect, it } from 'vitest';
import { caseLedger, inspectionLedger } from '../../tests/support/gap-ledgers.ts';
import { evaluatePick, PickError, type LedgerPick } from './ledger-pick.ts';

const pick = (over: Partial<LedgerPick>): LedgerPick => ({ aggregate: 'count', column: null, filter: null, unit: null, ...over });

describe('a field bound by hand to a ledger value', () => {
  it('counts the rows a filter picks, with their row numbers and the binding a suggestion would carry', () => {
    const picked = evaluatePick(caseLedger, pick({ filter: { column: '处置方式', value: '立案' } }));
    expect(picked.printed).toBe('3');
    expect(picked.binding).toEqual({ kind: 'aggregate', dataset: '案件台账', aggregate: 'count', column: null, filters: [{ column: '处置方式', op: 'eq', value: '立案' }] });
    expect(picked.source).toEqual({ dataset: '案件台账', sheet: null, column: null, aggregate: 'count', rows: [2, 3, 5], filter: '处置方式 = 立案' });
  });

  it('sums, averages and takes the extremes of a column, skipping blank cells', () => {
    expect(evaluatePick(inspectionLedger, pick({ aggregate: 'sum', column: '发现问题数' })).printed).toBe('43');
    expect(evaluatePick(inspectionLedger, pick({ aggregate: 'avg', column: '发现问题数' })).printed).toBe('10.75');
    expect(evaluatePick(inspectionLedger, pick({ aggregate: 'max', column: '轮次' })).printed).toBe('3');
    expect(evaluatePick(inspectionLedger, pick({ aggregate: 'min', column: '移交线索数' })).printed).toBe('0');
    expect(evaluatePick(caseLedger, pick({ aggregate: 'avg', column: '涉案金额' })).source.rows).toEqual([2, 3, 4, 5, 6]);
    expect(evaluatePick(caseLedger, pick({ aggregate: 'avg', column: '涉案金额' })).printed).toBe('133333.33');
  });

  it('scales to the counting word after the field and says so', () => {
    const picked = evaluatePick(caseLedger, pick({ aggregate: 'sum', column: '涉案金额', unit: '万元' }));
    expect(picked.printed).toBe('40');
    expect(picked.scaled).toBe('按“万元”折算（÷10000）');
    expect(evaluatePick(caseLedger, pick({ aggregate: 'sum', column: '涉案金额', unit: '件' })).scaled).toBeNull();
  });

  it('takes one cell when the filter picks exactly one row, text or number', () => {
    const text = evaluatePick(inspectionLedger, pick({ aggregate: 'value', column: '被巡察单位', filter: { column: '发现问题数', value: '15' } }));
    expect(text.printed).toBe('县水利局');
    expect(text.binding).toEqual({ kind: 'value', dataset: '巡察台账', column: '被巡察单位', filters: [{ column: '发现问题数', op: 'eq', value: '15' }] });
    expect(text.source).toMatchObject({ aggregate: 'value', column: '被巡察单位', rows: [4] });
    expect(evaluatePick(caseLedger, pick({ aggregate: 'value', column: '涉案金额', filter: { column: '姓名', value: '赵某' } })).printed).toBe('250000');
  });

  it('refuses, in words, a pick that gives no value', () => {
    expect(() => evaluatePick(inspectionLedger, pick({ aggregate: 'value', column: '被巡察单位', filter: { column: '轮次', value: '1' } }))).toThrow('符合条件（轮次 = 1）的行有 2 行，应恰好 1 行');
    expect(() => evaluatePick(caseLedger, pick({ aggregate: 'sum', column: '姓名' }))).toThrow('第 2 行“姓名”列不是数字：张某');
    expect(() => evaluatePick(caseLedger, pick({ aggregate: 'sum', column: null }))).toThrow(PickError);
    expect(() => evaluatePick(caseLedger, pick({ aggregate: 'value', column: '处分', filter: { column: '姓名', value: '王某' } }))).toThrow('第 4 行的“处分”是空的');
    expect(() => evaluatePick(caseLedger, pick({ aggregate: 'sum', column: '涉案金额', filter: { column: '姓名', value: '王某' } }))).toThrow('没有数字');
    expect(() => evaluatePick(caseLedger, pick({ filter: { column: '科室', value: '一室' } }))).toThrow('台账“案件台账”没有“科室”列');
  });
});
