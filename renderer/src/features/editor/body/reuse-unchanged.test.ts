import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../core/model/blocks.ts';
import { text } from '../../../../../core/model/inline.ts';
import { reuseUnchanged } from './reuse-unchanged.ts';

const paragraph = (words: string): Block => ({ type: 'paragraph', content: text(words) });

describe('reuseUnchanged', () => {
  it('keeps unchanged blocks as the same objects and takes the edited one', () => {
    const before = [paragraph('一'), paragraph('二'), paragraph('三')];
    const after = reuseUnchanged(before, [paragraph('一'), paragraph('二二'), paragraph('三')])!;
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toEqual(paragraph('二二'));
    expect(after[2]).toBe(before[2]);
  });

  it('gives null when the words are the same, whatever the key order', () => {
    const before = [paragraph('一')];
    expect(reuseUnchanged(before, [{ content: text('一'), type: 'paragraph' }])).toBeNull();
  });

  it('sees a removed or added block', () => {
    const before = [paragraph('一'), paragraph('二')];
    expect(reuseUnchanged(before, [paragraph('一')])).toEqual([before[0]]);
    const longer = reuseUnchanged(before, [paragraph('一'), paragraph('二'), paragraph('三')])!;
    expect(longer.slice(0, 2)).toEqual(before);
    expect(longer[0]).toBe(before[0]);
  });
});
