/**
 * 版记 placement (§7.4.1): its last rule coincides with the 版心 bottom of the last page, so the
 * 印发机关/印发日期 line fills the last line slot of the 版心, and nothing but the footer follows it.
 */
import { describe, expect, it } from 'vitest';
import { contentLines, linePitchMm } from './page-analysis.ts';
import { loadRenderedCorpus, measured } from './rendered-corpus.ts';
import { pageMm } from './units.ts';

const corpus = loadRenderedCorpus().filter((entry) => entry.hasRecord);
const toleranceMm = 1;

describe('版记', () => {
  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s：印发行位于末页版心最后一行', (_name, entry) => {
    const pages = measured(entry).pages;
    const last = pages[pages.length - 1];
    const lines = last ? contentLines(last) : [];
    const printed = lines[lines.length - 1];
    expect(printed?.text, `${entry.name} 末页最后一行不是印发行`).toMatch(/印发$/);
    const slotTop = pageMm.textBottom - linePitchMm;
    const inLastSlot = (printed?.top ?? 0) >= slotTop - toleranceMm && (printed?.bottom ?? Infinity) <= pageMm.textBottom + toleranceMm;
    expect(inLastSlot, `${entry.name} 印发行在 ${printed?.top.toFixed(1)}–${printed?.bottom.toFixed(1)} mm，应在版心最后一行 ${slotTop.toFixed(1)}–${pageMm.textBottom} mm`).toBe(true);
  });
});
