import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashEdits, ellipsisEdits } from './ellipsis-dash-fix.ts';
import { fixAll, mixedText } from './fix-test-helpers.ts';

const ellipsis = (text: string) => fixAll(text, ellipsisEdits);
const dash = (text: string) => fixAll(text, dashEdits);

describe('ellipsis fix', () => {
  it.each([
    ['履职尽责...', '履职尽责……'],
    ['履职尽责。。。', '履职尽责……'],
    ['履职尽责······', '履职尽责……'],
    ['履职尽责…', '履职尽责……'],
    ['等...等', '等……等'],
  ])('%s → %s', (typed, fixed) => {
    expect(ellipsis(typed)).toBe(fixed);
  });

  it.each(['履职尽责……', '段落省略…………', 'wait...', '1...5', '阿卜杜拉·艾尼'])('leaves %s alone', (text) => {
    expect(ellipsisEdits(text)).toEqual([]);
  });

  it('is idempotent and touches only ellipsis characters', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(ellipsis(ellipsis(text))).toBe(ellipsis(text));
        expect(ellipsis(text).replace(/[.。．·…]/g, '')).toBe(text.replace(/[.。．·…]/g, ''));
      }),
    );
  });
});

describe('dash fix', () => {
  it.each([
    ['挺在前面--以规范', '挺在前面——以规范'],
    ['挺在前面—以规范', '挺在前面——以规范'],
    ['挺在前面－－以规范', '挺在前面——以规范'],
    ['挺在前面---', '挺在前面——'],
  ])('%s → %s', (typed, fixed) => {
    expect(dash(typed)).toBe(fixed);
  });

  it.each(['挺在前面——以规范', '2020—2024年', '2020--2024', 'COVID-19疫情', '--help', '表中填-', '——————'])('leaves %s alone', (text) => {
    expect(dashEdits(text)).toEqual([]);
  });

  it('is idempotent and touches only dash characters', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(dash(dash(text))).toBe(dash(text));
        expect(dash(text).replace(/[-－—]/g, '')).toBe(text.replace(/[-－—]/g, ''));
      }),
    );
  });
});
