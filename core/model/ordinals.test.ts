import { describe, expect, it } from 'vitest';
import type { Block } from './blocks.ts';
import { text } from './inline.ts';
import { enumerationPrefix, headingOrdinals } from './ordinals.ts';

const h = (level: 1 | 2 | 3 | 4): Block => ({ type: 'heading', level, content: text('标题'), runIn: null });
const p: Block = { type: 'paragraph', content: text('正文') };

describe('headingOrdinals', () => {
  it('numbers each level and restarts deeper levels under a new parent', () => {
    const blocks = [h(1), h(2), p, h(2), h(3), h(3), h(1), h(2), h(3), h(4), h(4)];
    expect([...headingOrdinals(blocks).values()]).toEqual(['一、', '（一）', '（二）', '1.', '2.', '二、', '（一）', '1.', '（1）', '（2）']);
  });

  it('renumbers when a section is moved or deleted', () => {
    const blocks = [h(1), h(1), h(1)];
    expect([...headingOrdinals(blocks.slice(1)).values()]).toEqual(['一、', '二、']);
  });

  it('counts past ten the Chinese way', () => {
    const blocks = Array.from({ length: 21 }, () => h(2));
    const ordinals = [...headingOrdinals(blocks).values()];
    expect(ordinals[9]).toBe('（十）');
    expect(ordinals[10]).toBe('（十一）');
    expect(ordinals[20]).toBe('（二十一）');
  });
});

describe('enumerationPrefix', () => {
  it('writes 一是 and 第一，', () => {
    expect(enumerationPrefix('yishi', 3)).toBe('三是');
    expect(enumerationPrefix('diyi', 12)).toBe('第十二，');
  });
});
