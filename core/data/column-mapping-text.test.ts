import { describe, expect, it } from 'vitest';
import { bigramSimilarity, headerKey, headerParts } from './column-mapping-text.ts';

describe('headerKey', () => {
  it.each([
    ['涉及金额（万元）', '涉及金额', '万元'],
    ['涉及金额(元)', '涉及金额', '元'],
    ['挽回损失（单位：万元）', '挽回损失', '万元'],
    ['问题描述（含例证）', '问题描述', null],
    ['责任单位（2）', '责任单位', null],
    ['人数【人】', '人数', '人'],
    ['*姓名', '姓名', null],
    ['整改时限：', '整改时限', null],
    ['ＡＢＣ　名称 ', 'abc名称', null],
    ['\u200b问题\u00a0描述', '问题描述', null],
    ['（备注）', '(备注)', null],
  ])('%s → %s (%s)', (header, key, unit) => {
    expect(headerKey(header)).toEqual({ key, unit });
  });
});

describe('headerParts', () => {
  it('answers to the last part of a multi-row header, and lets a unit below a group go with the group', () => {
    expect(headerParts('处分情况/党纪处分').last).toEqual({ key: '党纪处分', unit: null });
    expect(headerParts('金额/万元').last).toEqual({ key: '金额', unit: '万元' });
    expect(headerParts('金额（元）/合计').last).toEqual({ key: '合计', unit: null });
    expect(headerParts('问题描述').last).toBeNull();
  });
});

describe('bigramSimilarity', () => {
  it('scores shared two-character words', () => {
    expect(bigramSimilarity('问题描述', '问题描述')).toBe(1);
    expect(bigramSimilarity('整改时限', '整改完成时限')).toBe(0.5);
    expect(bigramSimilarity('人次', '件次')).toBe(0);
    expect(bigramSimilarity('形', '形')).toBe(1);
    expect(bigramSimilarity('', '形态')).toBe(0);
    // Repeated bigrams are counted once each side, so a long repetition does not inflate the score.
    expect(bigramSimilarity('问题问题', '问题')).toBe(0.5);
  });
});
