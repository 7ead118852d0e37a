/** 22 lines on every full body page, 28 characters on every full body line (GB/T 9704 §5.2.3). */
import { describe, expect, it } from 'vitest';
import { contentLines, fullLine, isFullBodyPage, lineSlots } from './page-analysis.ts';
import { loadRenderedCorpus, measured } from './rendered-corpus.ts';

const corpus = loadRenderedCorpus();

describe('版心 22 行 × 28 字', () => {
  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s：每个排满正文的页面都是 22 行', (_name, entry) => {
    const pages = measured(entry).pages;
    const counts = pages.flatMap((page, index) => (isFullBodyPage(pages, index) ? [{ page: page.number, lines: lineSlots(page), text: contentLines(page).length }] : []));
    expect(counts.filter((count) => count.lines !== 22 || count.text > 22), `${entry.name} 行数不是 22 的页面`).toEqual([]);
  });

  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s：每个排满的正文行都是 28 字', (_name, entry) => {
    const lines = measured(entry).pages.flatMap((page) => contentLines(page).flatMap((line) => {
      const full = fullLine(line);
      return full ? [{ page: page.number, text: line.text, cells: full.cells }] : [];
    }));
    expect(lines.filter((line) => line.cells !== 28), `${entry.name} 字数不是 28 的满行`).toEqual([]);
  });

  it('语料里有足够多的满页和满行，上面的断言不是空转', () => {
    const rendered = corpus.filter((entry) => entry.measurement);
    const fullPages = rendered.reduce((sum, entry) => sum + measured(entry).pages.filter((_p, i, pages) => isFullBodyPage(pages, i)).length, 0);
    const fullLines = rendered.reduce((sum, entry) => sum + measured(entry).pages.reduce((n, page) => n + contentLines(page).filter((line) => fullLine(line)).length, 0), 0);
    console.log(`[render] 满页 ${fullPages} 页，满行 ${fullLines} 行（共 ${rendered.length}/${corpus.length} 份文档已渲染）`);
    expect(fullPages).toBeGreaterThanOrEqual(80);
    expect(fullLines).toBeGreaterThanOrEqual(1500);
  });
});
