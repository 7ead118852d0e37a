import { describe, expect, it } from 'vitest';
import { parseBboxLayout } from './pdf-lines.ts';

const word = (x0: number, y0: number, x1: number, y1: number, text: string) => `<word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${text}</word>`;
const page = (...lines: string[]) => `<page width="595.303937" height="841.889764"><flow><block>${lines.map((l) => `<line>${l}</line>`).join('')}</block></flow></page>`;
const doc = (...pages: string[]) => `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><doc>${pages.join('')}</doc></body></html>`;

describe('parseBboxLayout', () => {
  it('converts points to millimetres and keeps page order', () => {
    const pages = parseBboxLayout(doc(page(word(79.5, 113.3, 126.2, 134.1, '000012')), page(word(79.5, 113.3, 95.3, 134.1, '甲'))));
    expect(pages).toHaveLength(2);
    expect(pages[0]?.widthMm).toBeCloseTo(210, 1);
    expect(pages[0]?.heightMm).toBeCloseTo(297, 1);
    expect(pages[1]?.number).toBe(2);
    expect(pages[0]?.lines[0]?.x0).toBeCloseTo(28.05, 1);
  });

  it('regroups words that share a baseline even when pdftotext put them in separate lines, left to right', () => {
    const pages = parseBboxLayout(doc(page(word(493.5, 753.5, 507.5, 771.7, '—'), word(459, 753.5, 473, 771.7, '—') + word(477, 753.6, 489, 771.8, '9'))));
    expect(pages[0]?.lines.map((l) => l.text)).toEqual(['—9—']);
  });

  it('keeps lines one pitch apart separate and measures the CJK advance from CJK-only words', () => {
    const pages = parseBboxLayout(doc(page(word(111.5, 513.6, 521.05, 534.4, '持续深化纠治四风特别是形式主义官僚主义。各乡镇纪委和'), word(79.5, 542.6, 100, 563.4, 'GDP'), word(100, 542.6, 147, 563.4, '增长率'))));
    const lines = pages[0]?.lines ?? [];
    expect(lines.map((l) => l.text)).toEqual(['持续深化纠治四风特别是形式主义官僚主义。各乡镇纪委和', 'GDP增长率']);
    expect(lines[0]?.cjkPitch).toBeCloseTo(15.75, 2);
    expect(lines[1]?.cjkPitch).toBeCloseTo(47 / 3, 2);
  });

  it('keeps digit words as text, leading zeros included (份号 000012)', () => {
    const pages = parseBboxLayout(doc(page(word(79.5, 113.3, 126.2, 134.1, '000012'))));
    expect(pages[0]?.lines[0]?.text).toBe('000012');
  });

  it('decodes XML entities in words', () => {
    const pages = parseBboxLayout(doc(page(word(80, 100, 120, 120, 'A&amp;B'))));
    expect(pages[0]?.lines[0]?.text).toBe('A&B');
  });
});
