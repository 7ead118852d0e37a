/**
 * The layout engine (core/layout) against LibreOffice, line by line, for every corpus document.
 * A final 。，、；：？！ is dropped on both sides before comparing: LibreOffice 7.4 does not print
 * punctuation that hangs at the end of a justified line (see text-complete.render.ts), and this
 * spec is about where lines and pages break, not about that glyph.
 */
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../core/layout/layout-document.ts';
import { compose } from '../../core/typeset/compose.ts';
import { corpus as sources } from './corpus/index.ts';
import { engineLayoutLines } from './engine-lines.ts';
import { compareLines, describeAgreement, type LayoutLine } from './line-compare.ts';
import { measuredLayoutLines } from './measured-layout.ts';
import { loadRenderedCorpus, measured } from './rendered-corpus.ts';

/** The engine's target from the architecture: it predicts LibreOffice's lines; anything lower names the lines to fix. */
const minimumAgreement = 0.95;
const rendered = loadRenderedCorpus();
const withoutFinalPunctuation = (lines: LayoutLine[]) => lines.map((line) => ({ ...line, text: line.text.replace(/\s/g, '').replace(/[。，、；：？！]$/u, '') }));

describe('排版引擎与 LibreOffice 逐行比对', () => {
  const totals = { matched: 0, lines: 0 };
  it.each(sources.map((source) => [source.name, source] as const))('%s', (name, source) => {
    const entry = rendered.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`渲染结果中没有 ${name}`);
    const predicted = withoutFinalPunctuation(engineLayoutLines(layoutDocument(compose(source.document, source.options))));
    const result = compareLines(predicted, withoutFinalPunctuation(measuredLayoutLines(measured(entry))));
    totals.matched += result.matched;
    totals.lines += Math.max(result.expectedLines, result.actualLines);
    console.log(`[render] ${describeAgreement(`排版引擎 vs LibreOffice ${name}`, result, 5)}`);
    expect(result.agreement, `${name} 逐行一致率 ${(result.agreement * 100).toFixed(1)}%，低于 ${minimumAgreement * 100}%`).toBeGreaterThanOrEqual(minimumAgreement);
  });

  it('全部语料的总一致率', () => {
    const overall = totals.lines === 0 ? 0 : totals.matched / totals.lines;
    console.log(`[render] 排版引擎 vs LibreOffice 全部语料：逐行一致率 ${(overall * 100).toFixed(1)}%（${totals.matched}/${totals.lines} 行）`);
    expect(overall).toBeGreaterThanOrEqual(minimumAgreement);
  });
});
