/**
 * 版头 geometry from red ink on page 1 (§7.2.4, §7.2.6, §10.1): the 发文机关标志's top 72 mm
 * from the paper top (30 mm for a 信函), and the red separator 4 mm under the 文号, as wide as
 * the 版心.
 */
import { describe, expect, it } from 'vitest';
import { loadRenderedCorpus, measured } from './rendered-corpus.ts';
import { pageMm } from './units.ts';

const corpus = loadRenderedCorpus();
const marked = corpus.filter((entry) => entry.form !== 'plain');
const separated = corpus.filter((entry) => entry.hasSeparator);

describe('版头', () => {
  it.each(marked.map((entry) => [entry.name, entry] as const))('%s：发文机关标志上边缘位置', (_name, entry) => {
    const red = measured(entry).firstPage.red;
    const expected = entry.form === 'letter' ? 30 : 72;
    expect(red, `${entry.name} 首页没有红色发文机关标志`).not.toBeNull();
    expect(Math.abs((red?.top ?? 0) - expected), `${entry.name} 标志上边缘 ${red?.top.toFixed(2)} mm，应为 ${expected} ± 1 mm`).toBeLessThanOrEqual(1);
  });

  it.each(separated.map((entry) => [entry.name, entry] as const))('%s：红色分隔线在文号下 4 mm，与版心等宽', (_name, entry) => {
    const { red, documentNumberInkBottom } = measured(entry).firstPage;
    const rule = red?.rule;
    expect(rule, `${entry.name} 首页没有红色分隔线`).toBeTruthy();
    expect(documentNumberInkBottom, `${entry.name} 首页找不到发文字号`).not.toBeNull();
    const gap = (rule?.top ?? 0) - (documentNumberInkBottom ?? 0);
    expect(Math.abs(gap - 4), `${entry.name} 分隔线距文号 ${gap.toFixed(2)} mm，应为 4 ± 0.5 mm`).toBeLessThanOrEqual(0.5);
    expect(Math.abs((rule?.x0 ?? 0) - pageMm.textLeft), `${entry.name} 分隔线左端 ${rule?.x0.toFixed(1)} mm`).toBeLessThanOrEqual(1);
    expect(Math.abs((rule?.x1 ?? 0) - pageMm.textRight), `${entry.name} 分隔线右端 ${rule?.x1.toFixed(1)} mm`).toBeLessThanOrEqual(1);
  });
});
