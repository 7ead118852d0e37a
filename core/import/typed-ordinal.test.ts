import { describe, expect, it } from 'vitest';
import { readTypedOrdinal } from './typed-ordinal.ts';

describe('readTypedOrdinal', () => {
  it('reads the four GB/T 9704 levels', () => {
    expect(readTypedOrdinal('一、总体要求')).toEqual({ kind: 'standard', level: 1, n: 1, typed: '一、' });
    expect(readTypedOrdinal('（十二）强化监督')).toEqual({ kind: 'standard', level: 2, n: 12, typed: '（十二）' });
    expect(readTypedOrdinal('3.健全制度')).toEqual({ kind: 'standard', level: 3, n: 3, typed: '3.' });
    expect(readTypedOrdinal('3．健全制度')).toEqual({ kind: 'standard', level: 3, n: 3, typed: '3．' });
    expect(readTypedOrdinal('（21）其他')).toEqual({ kind: 'standard', level: 4, n: 21, typed: '（21）' });
  });

  it('does not take numbers and dates for ordinals', () => {
    expect(readTypedOrdinal('1.5万元资金已拨付')).toBeNull();
    expect(readTypedOrdinal('2024.3.5召开会议')).toBeNull();
    expect(readTypedOrdinal('十分重要')).toBeNull();
    expect(readTypedOrdinal('（此件公开发布）')).toBeNull();
  });

  it('recognises the look-alikes the checker flags, so import keeps them as typed', () => {
    for (const [text, typed] of [
      ['(一)强化监督', '(一)'],
      ['(1)其他', '(1)'],
      ['一.总体要求', '一.'],
      ['1、开展自查', '1、'],
      ['（一）、强化监督', '（一）、'],
      ['01.开展自查', '01.'],
    ]) {
      expect(readTypedOrdinal(text!)).toEqual({ kind: 'nonstandard', typed });
    }
  });

  it('rejects numerals beyond what the model counts', () => {
    expect(readTypedOrdinal('十十、标题')).toEqual({ kind: 'nonstandard', typed: '十十、' });
  });
});
