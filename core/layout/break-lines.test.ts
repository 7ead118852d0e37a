import { describe, expect, it } from 'vitest';
import { blankLine, bodyIndent, paragraph, run } from '../typeset/build.ts';
import type { TypesetParagraph } from '../typeset/typeset.ts';
import { breakParagraph, runsWidth } from './break-lines.ts';
import { textBlockWidth } from './gbt9704.ts';

const body = (text: string): TypesetParagraph => paragraph('body', [run(text)], { indent: bodyIndent });
const flush = (text: string): TypesetParagraph => paragraph('addressee', [run(text)]);
const lineTexts = (p: TypesetParagraph) => breakParagraph(p, textBlockWidth).map((line) => line.text);
const han = (count: number) => '纪检监察机关'.repeat(10).slice(0, count);

describe('breakParagraph', () => {
  it('sets 28 narrowed 3号 characters on a full line and 26 after the 2-character indent', () => {
    const lines = lineTexts(body(han(60)));
    expect(lines.map((line) => line.length)).toEqual([26, 28, 6]);
  });

  it('lets a final 。or ，hang past the margin instead of carrying it over', () => {
    const lines = breakParagraph(flush(`${han(28)}。${han(3)}`), textBlockWidth);
    expect(lines[0]!.text).toBe(`${han(28)}。`);
    expect(lines[0]!.hanging).toBe(314);
    expect(lines[0]!.justifyTo).toBe(textBlockWidth);
    expect(lines[1]!.text).toBe(han(3));
  });

  it('moves the last character down with a closing mark that may not start a line', () => {
    const lines = lineTexts(flush(`${han(28)}”${han(3)}`));
    expect(lines).toEqual([han(27), `${han(28).slice(27)}”${han(3)}`]);
  });

  it('does not end a line with an opening mark', () => {
    const lines = lineTexts(flush(`${han(27)}《${han(5)}》`));
    expect(lines[0]).toBe(han(27));
    expect(lines[1]!.startsWith('《')).toBe(true);
  });

  it('carries a hanging mark down when the mark after it may not start a line', () => {
    const lines = lineTexts(flush(`${han(28)}。”${han(2)}`));
    expect(lines[0]).toBe(han(27));
    expect(lines[1]).toBe(`${han(28).slice(27)}。”${han(2)}`);
  });

  it('keeps a number and a Latin word whole, with Times New Roman widths', () => {
    const lines = lineTexts(flush(`${han(26)}12345${han(2)}`));
    expect(lines[0]).toBe(han(26));
    expect(lines[1]).toBe(`12345${han(2)}`);
    // 26 × 315 + 3 × 155 = 8655 twips: three digits fit where two more Chinese characters would not.
    const fits = lineTexts(flush(`${han(26)}123${han(2)}`));
    expect(fits[0]).toBe(`${han(26)}123`);
  });

  it('ends lines at soft breaks and keeps a trailing one as an empty line', () => {
    const p = paragraph('body', [run('第一行'), { ...run(''), lineBreak: true }, run('第二行'), { ...run(''), lineBreak: true }]);
    expect(lineTexts(p)).toEqual(['第一行', '第二行', '']);
  });

  it('gives an empty paragraph one empty line', () => {
    expect(lineTexts(blankLine())).toEqual(['']);
  });

  it('places text after a right tab so it ends on the tab stop', () => {
    const p = paragraph('recordPrinter', [run('某某办公室', { size: 28 }), run('\t', { size: 28 }), run('2024年3月5日印发', { size: 28 })], {
      align: 'left',
      indent: { left: 280, right: 280, firstLine: 0 },
      tabs: [{ kind: 'right', position: textBlockWidth - 280 }],
    });
    const [line] = breakParagraph(p, textBlockWidth);
    const last = line!.runs[line!.runs.length - 1]!;
    expect(line!.text).toBe('某某办公室2024年3月5日印发');
    expect(line!.x + last.x + last.width).toBe(textBlockWidth - 280);
  });

  it('centres and right-aligns lines inside the indents', () => {
    const centred = breakParagraph(paragraph('title', [run('标题', { size: 44, font: 'xiaobiaosong' })], { align: 'center' }), textBlockWidth)[0]!;
    expect(centred.x).toBe((textBlockWidth - 880) / 2);
    const right = breakParagraph(paragraph('date', [run('日期')], { align: 'right', indent: { left: 0, right: 1280, firstLine: 0 } }), textBlockWidth)[0]!;
    expect(right.x + right.width).toBe(textBlockWidth - 1280);
  });

  it('counts the Asian–Latin gap LibreOffice puts around numbers (27 characters and 1 digit fit, not 2)', () => {
    expect(lineTexts(flush(`${han(27)}1`))).toEqual([`${han(27)}1`]);
    expect(lineTexts(flush(`${han(27)}12`))).toEqual([han(27), '12']);
    const [line] = breakParagraph(flush('纪检1纪检'), textBlockWidth);
    expect(line!.runs.map((r) => [r.text, r.x])).toEqual([['纪检', 0], ['1', 628 + 64], ['纪检', 628 + 64 + 157 + 64]]);
  });

  it('does not hang a mark that starts a new portion: the Latin word before it moves down', () => {
    const text = `${han(16)}E-mail：jw@example.gov.cn，${han(3)}`;
    const lines = lineTexts(flush(text));
    expect(lines[0]).toBe(`${han(16)}E-mail：`);
    expect(lines[1]!.startsWith('jw@example.gov.cn，')).toBe(true);
  });

  it('breaks after a hyphen inside a Latin word, never inside ——', () => {
    expect(lineTexts(flush(`${han(26)}E-mail${han(2)}`))[0]).toBe(`${han(26)}E-`);
    expect(lineTexts(flush(`${han(27)}——${han(2)}`))[0]).toBe(han(27));
  });

  it('measures a date as LibreOffice sets it, gaps between digits and Chinese included', () => {
    // 4 digits + 1 + 1 at 157 and 3 characters at 314 (98 % of 160 and 320), five Asian–Latin gaps of 64.
    expect(runsWidth([run('2024年3月5日')])).toBe(6 * 157 + 3 * 314 + 5 * 64);
    expect(runsWidth([])).toBe(0);
  });

  it('never leaves an opening bracket at the end of a line when it moves a number down', () => {
    const lines = lineTexts(flush(`${han(26)}〔2024〕12号`));
    expect(lines[0]).toBe(han(26));
    expect(lines[1]).toBe('〔2024〕12号');
  });

  describe('pair rules measured in LibreOffice', () => {
    const unit = '纪检监察机关'.repeat(6);
    const broken = (prefix: number, pair: string) => lineTexts(flush(unit.slice(0, prefix) + pair + unit.slice(0, 12)));

    it('moves a number down with the opening mark after it when the mark overflows', () => {
      expect(broken(25, '2024《条例》')[1]!.startsWith('2024《')).toBe(true);
    });

    it('breaks between a number and an opening mark when a Chinese character overflows later', () => {
      expect(broken(24, '2024《条例》')[1]!.startsWith('《条例》')).toBe(true);
    });

    it('keeps a closing mark with the Latin word or number after it', () => {
      expect(broken(23, '《条例》PDF')[1]!.startsWith('例》PDF')).toBe(true);
      expect(broken(27, '〕12号')[1]!.startsWith('监〕12号')).toBe(true);
      expect(broken(26, '”2024年')[1]!.startsWith('检”2024')).toBe(true);
    });

    it('keeps a number with the quote that follows it', () => {
      expect(broken(24, '2024“回”')[1]!.startsWith('2024“回”')).toBe(true);
    });
  });
});
