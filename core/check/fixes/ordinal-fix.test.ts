import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixAll, mixedText } from './fix-test-helpers.ts';
import { ordinalEdits } from './ordinal-fix.ts';

const fix = (text: string) => fixAll(text, ordinalEdits);

describe('ordinal fix', () => {
  it.each([
    ['一.强化政治监督', '一、强化政治监督'],
    ['(一)强化政治监督', '（一）强化政治监督'],
    ['（一）、强化政治监督', '（一）强化政治监督'],
    ['1、强化政治监督', '1.强化政治监督'],
    ['(1)强化政治监督', '（1）强化政治监督'],
    ['①强化政治监督', '（1）强化政治监督'],
  ])('%s → %s', (typed, fixed) => {
    expect(fix(typed)).toBe(fixed);
  });

  it.each(['一、强化政治监督', '（一）强化', '1.强化', '（1）强化', '1.5亿元', '1,000元', '2024年', '强化(一)监督'])('leaves %s alone', (text) => {
    expect(ordinalEdits(text)).toEqual([]);
  });

  it('is idempotent and changes only the start of the text', () => {
    fc.assert(
      fc.property(mixedText, mixedText, (head, tail) => {
        const text = `${head}工作${tail}`;
        expect(fix(fix(text))).toBe(fix(text));
        expect(fix(text).endsWith(`工作${tail}`)).toBe(true);
      }),
    );
  });
});
