import { describe, expect, it } from 'vitest';
import { parseDateText } from './parse-date-text.ts';

describe('parseDateText', () => {
  it.each([
    ['2024年3月5日', '2024-03-05'],
    [' 2024 年 12 月 31 日 ', '2024-12-31'],
    ['2024-03-05', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['２０２４年３月５日', '2024-03-05'],
    ['2024年2月30日', null],
    ['24年3月5日', null],
    ['三月五日', null],
    ['', null],
  ])('%j → %j', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });
});
