import { describe, expect, it } from 'vitest';
import { fullLine, isFullBodyPage, isRecordOnlyPage, lineSlots, linePitchMm, pageNumber } from './page-analysis.ts';
import type { PdfLine, PdfPage } from './pdf-lines.ts';

const cell = (15.75 * 25.4) / 72;
const line = (text: string, x0: number, top: number, pitch = 15.75, x1 = x0 + [...text].length * cell): PdfLine => ({ text, x0, x1, top, bottom: top + 7, cjkPitch: pitch, words: [] });
const page = (number: number, lines: PdfLine[]): PdfPage => ({ number, widthMm: 210, heightMm: 297, lines });
const body = (count: number, from = 40) => Array.from({ length: count }, (_, i) => line('正'.repeat(28), 28, from + i * linePitchMm));

describe('fullLine', () => {
  it('counts 28 cells on a flush line and 26 characters plus a 2-cell indent on a first line', () => {
    expect(fullLine(line('正'.repeat(28), 28, 40))?.cells).toBe(28);
    expect(fullLine(line('正'.repeat(26), 28 + 2 * cell, 40))).toMatchObject({ cells: 28, indentCells: 2 });
  });

  it('does not count a full stop hanging past the 版心 edge', () => {
    expect(fullLine(line(`${'正'.repeat(28)}。`, 28, 40))).toMatchObject({ cells: 28, hanging: true });
  });

  it('reports 27 when a full line holds only 27 characters', () => {
    expect(fullLine(line('正'.repeat(27), 28, 40, 15.75, 28 + 28 * cell))?.cells).toBe(27);
  });

  it('leaves out short lines, Latin, other sizes and fractional indents', () => {
    expect(fullLine(line('正'.repeat(10), 28, 40))).toBeNull();
    expect(fullLine(line(`GDP${'正'.repeat(26)}`, 28, 40, 15.75, 184))).toBeNull();
    expect(fullLine(line('正'.repeat(20), 28, 40, 22, 184))).toBeNull();
    expect(fullLine(line('正'.repeat(25), 28 + 2.5 * cell, 40, 15.75, 184))).toBeNull();
  });
});

describe('pages', () => {
  it('reads — N — from the footer only', () => {
    expect(pageNumber(page(3, [...body(2), line('—3—', 160, 266, 14)]))).toMatchObject({ value: 3 });
    expect(pageNumber(page(3, [line('—3—', 160, 100, 14)]))).toBeNull();
  });

  it('counts line slots including blank lines between text lines', () => {
    const lines = body(22);
    expect(lineSlots(page(2, lines))).toBe(22);
    expect(lineSlots(page(2, [...lines.slice(0, 19), ...lines.slice(20)]))).toBe(22);
    expect(lineSlots(page(2, lines.slice(0, 21)))).toBe(21);
  });

  it('calls a page full only between body pages, never before a new 附件 or on page 1', () => {
    const pages = [page(1, body(22)), page(2, body(22)), page(3, body(10)), page(4, [line('附件2', 28, 40), ...body(5, 60)])];
    expect(pages.map((_p, i) => isFullBodyPage(pages, i))).toEqual([false, true, false, false]);
  });

  it('does not call a page full when keep-with-next moved a standalone heading to the next page', () => {
    const next = (first: PdfLine) => [page(1, body(5)), page(2, body(21)), page(3, [first, ...body(5, 50)])];
    expect(isFullBodyPage(next(line('（二）关于第2项重点工作。', 39.3, 40)), 1)).toBe(false);
    expect(isFullBodyPage(next(line(`（二）${'正'.repeat(23)}`, 39.3, 40)), 1)).toBe(true);
  });

  it('recognises a page that starts with the 版记', () => {
    expect(isRecordOnlyPage(page(4, [line('抄送：市纪委监委。', 33, 41, 14), line('某某办公室2024年3月6日印发', 33, 62, 14)]))).toBe(true);
    expect(isRecordOnlyPage(page(4, [...body(3), line('抄送：市纪委监委。', 33, 100, 14)]))).toBe(false);
  });
});
