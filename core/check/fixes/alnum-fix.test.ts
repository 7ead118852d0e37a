import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullWidthAlnumEdits } from './alnum-fix.ts';
import { fixAll, mixedText } from './fix-test-helpers.ts';

const fix = (text: string) => fixAll(text, fullWidthAlnumEdits);

describe('full-width digits and letters fix', () => {
  it('turns ０-９ Ａ-Ｚ ａ-ｚ into ASCII and nothing else', () => {
    expect(fix('于２０２４年完成ＧＤＰ目标，ａ类')).toBe('于2024年完成GDP目标，a类');
  });

  it('is idempotent and keeps every other character', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(fix(fix(text))).toBe(fix(text));
        expect(fix(text).replace(/[0-9A-Za-z]/g, '')).toBe(text.replace(/[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/g, ''));
      }),
    );
  });
});
