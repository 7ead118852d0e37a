import { describe, expect, it } from 'vitest';
import { gb2312Hanzi } from './gb2312.ts';

describe('gb2312Hanzi', () => {
  it('holds the 6763 hanzi of GB 2312 and nothing beyond them', () => {
    const hanzi = gb2312Hanzi();
    expect(hanzi?.size).toBe(6763);
    for (const ch of '纪律检查委员会啊齄') expect(hanzi?.has(ch), ch).toBe(true);
    for (const ch of '镕喆堃𠀀，A') expect(hanzi?.has(ch), ch).toBe(false);
  });
});
