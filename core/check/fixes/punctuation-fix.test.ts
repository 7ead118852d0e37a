import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixAll, mixedText } from './fix-test-helpers.ts';
import { halfWidthPunctuationEdits } from './punctuation-fix.ts';

const fix = (text: string) => fixAll(text, halfWidthPunctuationEdits);

describe('half-width punctuation fix', () => {
  it.each([
    ['各单位要高度重视,精心组织;确保落实!', '各单位要高度重视，精心组织；确保落实！'],
    ['时间:2024年3月5日', '时间：2024年3月5日'],
    ['是否落实?请报告。', '是否落实？请报告。'],
    ['请于本周报送.', '请于本周报送。'],
    ['工作要点(试行)的通知', '工作要点（试行）的通知'],
    ['见附件(一)', '见附件（一）'],
    ['(1)加强监督', '（1）加强监督'],
    ['标准(GB/T 9704)规定', '标准（GB/T 9704）规定'],
    ['（见附件)', '（见附件）'],
    ['共3,其中', '共3，其中'],
  ])('%s → %s', (typed, fixed) => {
    expect(fix(typed)).toBe(fixed);
  });

  it.each([
    ['金额3,500元', 'a number'],
    ['会议10:30开始', 'a time'],
    ['增长3.14倍', 'a decimal'],
    ['2024.3月', 'a year and month'],
    ['网址http://www.gov.cn/搜索?q=1,2', 'a web address'],
    ['Hello, world!', 'Latin text'],
    ['使用 Word (Microsoft) 编辑', 'Latin in brackets between spaces'],
    ['示纪发(2024)5号', 'the year of a 文号'],
    ['1.加强监督', 'an ordinal'],
    ['等等...', 'an ellipsis'],
    ['附件.docx', 'a file extension'],
  ])('leaves %s alone (%s)', (typed) => {
    expect(halfWidthPunctuationEdits(typed)).toEqual([]);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(mixedText, (text) => fix(fix(text)) === fix(text)));
  });

  it('changes only half-width marks, each into its full-width form', () => {
    const pairs: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };
    fc.assert(
      fc.property(mixedText, (text) => {
        const fixed = fix(text);
        expect(fixed.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) if (fixed[i] !== text[i]) expect(pairs[text[i]!]).toBe(fixed[i]);
      }),
    );
  });
});
