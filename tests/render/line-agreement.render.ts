/**
 * Line-by-line agreement printed in the suite's output. Font profiles only rename fonts, so the
 * Windows and 信创 renders of the full sample must break every line where the classic one does.
 * When the layout engine lands, its predicted lines go through the same `compareLines`.
 */
import { describe, expect, it } from 'vitest';
import { compareLines, describeAgreement } from './line-compare.ts';
import { measuredLayoutLines } from './measured-layout.ts';
import { loadRenderedCorpus, measured } from './rendered-corpus.ts';

const corpus = loadRenderedCorpus();
const byName = (name: string) => {
  const entry = corpus.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`语料中没有 ${name}`);
  return entry;
};

describe('逐行比对', () => {
  it.each(['file-full-windows', 'file-full-xinchuang'])('%s 与经典字体方案逐行一致', (name) => {
    const result = compareLines(measuredLayoutLines(measured(byName('file-full'))), measuredLayoutLines(measured(byName(name))));
    console.log(`[render] ${describeAgreement(`file-full 经典 vs ${name}`, result)}`);
    expect(result.differences).toEqual([]);
    expect(result.matched).toBeGreaterThan(50);
  });
});
