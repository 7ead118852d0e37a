import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateEdits } from './date-fix.ts';
import { fixAll, mixedText } from './fix-test-helpers.ts';

const fix = (text: string) => fixAll(text, dateEdits);

describe('date form fix', () => {
  it.each([
    ['会议于2024-3-5召开', '会议于2024年3月5日召开'],
    ['会议于2024.3.5召开', '会议于2024年3月5日召开'],
    ['截至2024/03/05。', '截至2024年3月5日。'],
    ['2024年03月05日前', '2024年3月5日前'],
    ['于2024.12.20.', '于2024年12月20日.'],
  ])('%s → %s', (typed, fixed) => {
    expect(fix(typed)).toBe(fixed);
  });

  it.each([
    ['2024.3月', 'a year and month'],
    ['2024-2-30', 'no such day'],
    ['1.2.3版本', 'a version number'],
    ['v2024.3.5', 'Latin before'],
    ['http://a.cn/2024/03/05/x', 'a web address'],
    ['2024.3.5-2024.3.8', 'a range, left to the writer'],
    ['2024年3月5日', 'already right'],
    ['12024.3.5', 'a longer number'],
  ])('leaves %s alone (%s)', (text) => {
    expect(dateEdits(text)).toEqual([]);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(mixedText, (text) => fix(fix(text)) === fix(text)));
  });

  it('keeps the digits of year, month and day, in order', () => {
    const dates = fc.tuple(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('-', '.', '/'), fc.boolean());
    fc.assert(
      fc.property(mixedText, dates, mixedText, (before, [y, m, d, sep, pad], after) => {
        const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
        const typed = `${y}${sep}${p(m)}${sep}${p(d)}`;
        const text = `${before}于${typed}前${after}`;
        expect(fix(text)).toContain(`于${y}年${m}月${d}日前`);
      }),
    );
  });
});
