/**
 * Page numbers (§7.5): "— N —" in the footer, odd pages on the right and even pages on the
 * left, one 4号 character in from the 版心 edge; none on blank or 版记-only pages, none on the
 * first page of a 信函.
 */
import { describe, expect, it } from 'vitest';
import { footerText, isBlankPage, isRecordOnlyPage, pageNumber } from './page-analysis.ts';
import { loadRenderedCorpus, measured, type RenderedEntry } from './rendered-corpus.ts';
import { pageMm } from './units.ts';

const corpus = loadRenderedCorpus();
/** One 4号 character (14 pt) in from the 版心 edge; ±1 mm. */
const insetMm = (14 * 25.4) / 72;
const toleranceMm = 1;

interface PageFinding {
  page: number;
  problem: string;
}

function findings(entry: RenderedEntry): PageFinding[] {
  return measured(entry).pages.flatMap((page): PageFinding[] => {
    const mark = pageNumber(page);
    const mustBeEmpty = isBlankPage(page) || isRecordOnlyPage(page) || (entry.form === 'letter' && page.number === 1);
    if (mustBeEmpty) return footerText(page) ? [{ page: page.number, problem: `不应有页码，实际为“${footerText(page)}”` }] : [];
    if (!mark) return [{ page: page.number, problem: `缺少“— ${page.number} —”，页脚为“${footerText(page)}”` }];
    if (mark.value !== page.number) return [{ page: page.number, problem: `页码为 ${mark.value}` }];
    const odd = page.number % 2 === 1;
    const offset = odd ? pageMm.textRight - insetMm - mark.x1 : mark.x0 - (pageMm.textLeft + insetMm);
    return Math.abs(offset) > toleranceMm ? [{ page: page.number, problem: `${odd ? '单页页码右端' : '双页页码左端'}偏离应有位置 ${offset.toFixed(1)} mm（x0 ${mark.x0.toFixed(1)}，x1 ${mark.x1.toFixed(1)}）` }] : [];
  });
}

/** §7.5: the 一字线's top edge 7 mm below the 版心 bottom. */
const dashTopMm = pageMm.textBottom + 7;
const numberedFirstPages = corpus.filter((entry) => entry.form !== 'letter');

describe('页码', () => {
  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s：单页居右、双页居左，空白页和版记页无页码', (_name, entry) => {
    expect(findings(entry)).toEqual([]);
  });

  it.each(numberedFirstPages.map((entry) => [entry.name, entry] as const))('%s：一字线上边缘在版心下边缘之下 7 mm', (_name, entry) => {
    const top = measured(entry).firstPage.pageNumberDashTop;
    expect(top, `${entry.name} 首页没有页码一字线`).not.toBeNull();
    expect(Math.abs((top ?? 0) - dashTopMm), `${entry.name} 一字线上边缘 ${top?.toFixed(2)} mm，应为 ${dashTopMm} ± 1 mm`).toBeLessThanOrEqual(toleranceMm);
  });
});
