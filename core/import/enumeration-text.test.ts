import { describe, expect, it } from 'vitest';
import { readRunOnEnumeration, readStandaloneItem, standaloneFirstItemStyle } from './enumeration-text.ts';

describe('readRunOnEnumeration', () => {
  it('splits 一是……；二是…… with the words before the first item as lead', () => {
    expect(readRunOnEnumeration('建议你局：一是提高站位；二是全面排查；三是健全制度。')).toEqual({ style: 'yishi', lead: '建议你局：', items: ['提高站位；', '全面排查；', '健全制度。'] });
  });

  it('reads 第一，第二，', () => {
    expect(readRunOnEnumeration('第一，加强学习。第二，严守纪律。')).toEqual({ style: 'diyi', lead: '', items: ['加强学习。', '严守纪律。'] });
  });

  it('counts a prefix only after punctuation, and only in sequence', () => {
    expect(readRunOnEnumeration('思想统一是前提，行动二是关键。')).toBeNull();
    expect(readRunOnEnumeration('全省第一，全市第二，')).toBeNull();
    expect(readRunOnEnumeration('一是加强学习。三是严守纪律。')).toBeNull();
    expect(readRunOnEnumeration('一是加强学习，二是')).toBeNull();
    expect(readRunOnEnumeration('一是加强学习；二是严守纪律；四是其他。')).toEqual({ style: 'yishi', lead: '', items: ['加强学习；', '严守纪律；四是其他。'] });
  });
});

describe('standalone items', () => {
  it('reads a paragraph that is one item alone', () => {
    expect(standaloneFirstItemStyle('一是落实监督。')).toBe('yishi');
    expect(readStandaloneItem('二是健全档案。', 'yishi', 2)).toBe('健全档案。');
    expect(readStandaloneItem('二是健全档案；三是谈话提醒。', 'yishi', 2)).toBeNull();
    expect(readStandaloneItem('三是健全档案。', 'yishi', 2)).toBeNull();
    expect(standaloneFirstItemStyle('一是')).toBeNull();
  });
});
