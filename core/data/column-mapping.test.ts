import { describe, expect, it } from 'vitest';
import { matchColumns } from './column-mapping.ts';
import type { TemplateColumn } from './column-mapping-required.ts';

const need = (...names: string[]): TemplateColumn[] => names.map((name) => ({ name, required: !name.endsWith('?'), usedBy: [] })).map((c) => ({ ...c, name: c.name.replace('?', '') }));
const pick = (columns: TemplateColumn[], headers: string[]) => Object.fromEntries(matchColumns(columns, headers).map((m) => [m.column, [m.header, m.reason]]));

describe('matchColumns', () => {
  it('matches exact names first, then the same words in another form', () => {
    const matches = matchColumns(need('问题描述', '涉及金额（万元）', '整改时限', '党纪处分', '被审查人'), ['序号', '问题描述', '涉及金额(万元)', ' 整改时限 ：', '处分情况/党纪处分', '处分情况/政务处分', '*被审查人']);
    expect(matches.map((m) => [m.column, m.header, m.reason])).toEqual([
      ['问题描述', '问题描述', 'exact'],
      ['涉及金额（万元）', '涉及金额(万元)', 'normalized'],
      ['整改时限', ' 整改时限 ：', 'normalized'],
      ['党纪处分', '处分情况/党纪处分', 'path'],
      ['被审查人', '*被审查人', 'normalized'],
    ]);
    expect(matches[0]).toMatchObject({ confidence: 1, candidates: [] });
    expect(matches[3]!.confidence).toBeLessThan(matches[1]!.confidence);
  });

  it('reads full-width letters, notes in brackets and a unit in the row below a group', () => {
    expect(pick(need('abc编号', '问题描述', '挽回损失（万元）'), ['ＡＢＣ编号', '问题描述（含例证）', '挽回损失/万元'])).toEqual({
      abc编号: ['ＡＢＣ编号', 'normalized'],
      问题描述: ['问题描述（含例证）', 'normalized'],
      '挽回损失（万元）': ['挽回损失/万元', 'path'],
    });
  });

  it('knows the synonyms ledgers use and says which word matched', () => {
    const matches = matchColumns(need('责任单位', '整改时限', '问题描述', '被审查人', '涉案金额'), ['牵头单位', '完成时限', '存在问题', '姓名', '涉及金额（元）']);
    expect(matches.map((m) => [m.header, m.reason])).toEqual([
      ['牵头单位', 'synonym'],
      ['完成时限', 'synonym'],
      ['存在问题', 'synonym'],
      ['姓名', 'synonym'],
      ['涉及金额（元）', 'synonym'],
    ]);
    expect(matches[0]!.detail).toBe('同义词“牵头单位”');
    expect(matches[0]!.confidence).toBe(0.85);
  });

  it('warns when a header carries another unit and trusts it less', () => {
    const [match] = matchColumns(need('涉及金额（万元）'), ['涉及金额（元）']);
    expect(match).toMatchObject({ header: '涉及金额（元）', reason: 'normalized', detail: '写法不同、含义相同，单位不同（模板为万元，表头为元）' });
    expect(match!.confidence).toBe(0.75);
  });

  it('falls back to bigram similarity above the threshold, also against the synonyms', () => {
    const matches = matchColumns(need('问题描述', '整改时限', '形态'), ['问题描述及说明', '整改完成时限要求', '人次']);
    expect(matches.map((m) => [m.column, m.header, m.reason])).toEqual([
      ['问题描述', '问题描述及说明', 'fuzzy'],
      ['整改时限', '整改完成时限要求', 'fuzzy'],
      ['形态', null, 'missing'],
    ]);
    expect(matches[1]!.detail).toBe('与“整改完成时限”相似度 83%');
    expect(matches[0]!.confidence).toBeGreaterThan(0.35);
    expect(matches[0]!.confidence).toBeLessThan(0.7);
    expect(matches[2]).toMatchObject({ confidence: 0, detail: '台账中没有找到相近的表头' });
  });

  it('never gives one header to two columns: the stronger match keeps it', () => {
    const matches = matchColumns(need('牵头单位', '责任单位'), ['责任单位']);
    expect(matches.map((m) => [m.column, m.header, m.reason])).toEqual([
      ['牵头单位', null, 'missing'],
      ['责任单位', '责任单位', 'exact'],
    ]);
  });

  it('reports ties as ambiguous instead of guessing, and gives the contested headers to no one', () => {
    const two = matchColumns(need('金额', '涉案金额?'), ['金额（元）', '金额（万元）']);
    expect(two[0]).toMatchObject({ header: null, reason: 'ambiguous', candidates: ['金额（元）', '金额（万元）'], detail: '表头“金额（元）”“金额（万元）”同样接近' });
    expect(two[1]).toMatchObject({ header: null, required: false });
    const shared = matchColumns(need('处分情况/党纪', '处分情况/政务'), ['处分情况']);
    expect(shared.map((m) => m.reason)).toEqual(['ambiguous', 'ambiguous']);
    expect(shared[0]!.detail).toBe('表头“处分情况”与列“处分情况/政务”同样接近');
    const group = matchColumns(need('处分情况'), ['处分情况/党纪处分', '处分情况/政务处分']);
    expect(group[0]).toMatchObject({ reason: 'ambiguous', candidates: ['处分情况/党纪处分', '处分情况/政务处分'] });
  });

  it('keeps duplicate headers apart: the first is exact, the numbered copy only looks alike', () => {
    expect(pick(need('责任单位'), ['责任单位（2）', '责任单位'])).toEqual({ 责任单位: ['责任单位', 'exact'] });
  });

  it('puts fixed columns first and matches the rest around them', () => {
    const matches = matchColumns(need('问题描述', '整改时限', '责任单位'), ['存在问题', '问题描述', '完成时限', '牵头单位'], [
      { column: '问题描述', header: '存在问题', reason: 'manual' },
      { column: '整改时限', header: null, reason: 'remembered' },
      { column: '责任单位', header: '已删除的表头', reason: 'remembered' },
    ]);
    expect(matches.map((m) => [m.column, m.header, m.reason, m.confidence])).toEqual([
      ['问题描述', '存在问题', 'manual', 1],
      ['整改时限', null, 'missing', 0],
      ['责任单位', '牵头单位', 'synonym', 0.85],
    ]);
    expect(matches[1]!.detail).toBe('上次确认：台账中没有此列');
  });

  it('lets a column mapped now take a header a remembered mapping gave to another column', () => {
    const matches = matchColumns(need('问题描述', '整改要求'), ['存在问题', '整改要求'], [
      { column: '整改要求', header: '存在问题', reason: 'manual' },
      { column: '问题描述', header: '存在问题', reason: 'remembered' },
    ]);
    expect(matches.map((m) => [m.column, m.header, m.reason])).toEqual([
      ['问题描述', null, 'missing'],
      ['整改要求', '存在问题', 'manual'],
    ]);
  });

  it('treats __proto__ and constructor as plain names', () => {
    const matches = matchColumns(need('__proto__', 'constructor', 'toString'), ['constructor', '__proto__', 'hasOwnProperty']);
    expect(matches.map((m) => [m.column, m.header, m.reason])).toEqual([
      ['__proto__', '__proto__', 'exact'],
      ['constructor', 'constructor', 'exact'],
      ['toString', null, 'missing'],
    ]);
  });
});
