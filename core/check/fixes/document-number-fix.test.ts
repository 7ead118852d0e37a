import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentNumberEdits } from './document-number-fix.ts';
import { fixAll, mixedText } from './fix-test-helpers.ts';

const fix = (text: string) => fixAll(text, documentNumberEdits);

describe('文号 bracket fix', () => {
  it.each([
    ['示纪发[2024]5号', '示纪发〔2024〕5号'],
    ['示纪发【2024】5号', '示纪发〔2024〕5号'],
    ['示纪发(2024)5号', '示纪发〔2024〕5号'],
    ['示纪发（2024）5号', '示纪发〔2024〕5号'],
    ['示纪发﹝2024﹞5号', '示纪发〔2024〕5号'],
    ['示纪发〔2024〕第05号', '示纪发〔2024〕5号'],
    ['示纪发 [ 2024 ] 12 号', '示纪发〔2024〕12号'],
    ['根据《通知》（示纪发[2024]3号）要求', '根据《通知》（示纪发〔2024〕3号）要求'],
  ])('%s → %s', (typed, fixed) => {
    expect(fix(typed)).toBe(fixed);
  });

  it.each(['示纪发〔2024〕5号', '工作要点(2024)', '[2024]5号', '共(2024)人'])('leaves %s alone', (text) => {
    expect(documentNumberEdits(text)).toEqual([]);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(mixedText, (text) => fix(fix(text)) === fix(text)));
  });
});
