import { describe, expect, it } from 'vitest';
import { compareLines, describeAgreement, type LayoutLine } from './line-compare.ts';

const lines = (page: number, ...texts: string[]): LayoutLine[] => texts.map((text) => ({ page, text }));

describe('compareLines', () => {
  it('reports 100% for identical layouts and ignores spaces pdftotext may drop', () => {
    const result = compareLines([...lines(1, '一、总体要求', 'abc def')], [...lines(1, '一、总体要求', 'abcdef')]);
    expect(result).toMatchObject({ agreement: 1, matched: 2, differences: [] });
  });

  it('pairs a changed line and keeps later lines matched', () => {
    const expected = lines(1, '甲', '乙', '丙', '丁');
    const actual = lines(1, '甲', '乙乙', '丙', '丁');
    const result = compareLines(expected, actual);
    expect(result.matched).toBe(3);
    expect(result.agreement).toBe(0.75);
    expect(result.differences).toEqual([{ expected: { page: 1, text: '乙' }, actual: { page: 1, text: '乙乙' } }]);
  });

  it('counts a line moved to the next page as different', () => {
    const result = compareLines([...lines(1, '甲', '乙'), ...lines(2, '丙')], [...lines(1, '甲'), ...lines(2, '乙', '丙')]);
    expect(result.matched).toBe(2);
    expect(result.differences).toEqual([{ expected: { page: 1, text: '乙' }, actual: { page: 2, text: '乙' } }]);
  });

  it('divides by the longer layout when one side has extra lines', () => {
    const result = compareLines(lines(1, '甲'), lines(1, '甲', '乙', '丙', '丁'));
    expect(result.agreement).toBe(0.25);
    expect(result.differences.map((d) => d.expected)).toEqual([null, null, null]);
  });

  it('treats two empty layouts as agreeing and one empty side as 0%', () => {
    expect(compareLines([], []).agreement).toBe(1);
    expect(compareLines(lines(1, '甲'), []).agreement).toBe(0);
  });

  it('names the page on each side, so a line that moved to another page reads as such', () => {
    const text = describeAgreement('样例', compareLines(lines(1, '甲', '乙'), [...lines(1, '甲'), ...lines(2, '乙')]));
    expect(text).toContain('预期 第 1 页「乙」  实测 第 2 页「乙」');
  });

  it('prints the percentage and the first differences in Chinese', () => {
    const text = describeAgreement('样例', compareLines(lines(3, '甲', '乙'), lines(3, '甲', '丙')), 1);
    expect(text).toContain('逐行一致率 50.0%');
    expect(text).toContain('预期 第 3 页「乙」  实测 第 3 页「丙」');
  });
});
