import { describe, expect, it } from 'vitest';
import { readTypedDate } from './date-text.ts';

describe('readTypedDate', () => {
  it('reads both styles the model prints', () => {
    expect(readTypedDate('2024年3月5日')).toEqual({ iso: '2024-03-05', style: 'arabic' });
    expect(readTypedDate('二〇二四年三月五日')).toEqual({ iso: '2024-03-05', style: 'chinese' });
    expect(readTypedDate('二〇二四年十二月三十一日')).toEqual({ iso: '2024-12-31', style: 'chinese' });
    expect(readTypedDate('二〇二〇年十月二十日')).toEqual({ iso: '2020-10-20', style: 'chinese' });
  });

  it('leaves dates that would print differently as text', () => {
    for (const text of ['2024年03月05日', '二零二四年三月五日', '二○二四年三月五日', '二〇二四年一十月五日', '2024年2月30日', '2024-03-05', '2024年3月5日印发', '（2024年3月5日）']) {
      expect(readTypedDate(text)).toBeNull();
    }
  });
});
