import { describe, expect, it } from 'vitest';
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { longReport } from '../../../../tests/support/long-document.ts';
import { applyListDelta, applyPageDelta, listDelta, pageDelta, sameObject } from './list-delta.ts';
import { pageLayoutOf } from './page-layout-of.ts';

const report = longReport(12);
const pagesOf = (document: GongwenDocument): LaidPage[] => pageLayoutOf(document, 'windows').pages;

/** The report with a letter typed at the end of a paragraph about halfway through. */
function typedMidway(document: GongwenDocument, letters: string): GongwenDocument {
  const edited = structuredClone(document);
  const index = edited.body.findIndex((block, i) => i > edited.body.length / 2 && block.type === 'paragraph');
  const block = edited.body[index]!;
  if (block.type !== 'paragraph' || block.content[0]?.type !== 'text') throw new Error('the long report changed shape');
  block.content[0].text += letters;
  return edited;
}

describe('pageDelta', () => {
  it('sends every page to a receiver that holds none', () => {
    const pages = pagesOf(report);
    const delta = pageDelta(null, pages);
    expect(delta.changed.map(([i]) => i)).toEqual(pages.map((_, i) => i));
    expect(applyPageDelta([], delta)).toEqual(pages);
  });

  it('sends only the page a keystroke changed, and the receiver keeps its own objects for the rest', () => {
    const before = pagesOf(report);
    const after = pagesOf(typedMidway(report, '甲'));
    const delta = pageDelta(before, after);
    expect(delta.changed).toHaveLength(1);
    const held = structuredClone(before);
    const applied = applyPageDelta(held, delta);
    expect(applied).toEqual(after);
    applied.forEach((page, i) => {
      if (i !== delta.changed[0]![0]) expect(page).toBe(held[i]);
    });
  });

  it('keeps the held object for a page sent again but drawn the same', () => {
    const held = pagesOf(report);
    const after = pagesOf(typedMidway(report, '甲'));
    const applied = applyPageDelta(held, pageDelta(null, after));
    expect(applied).toEqual(after);
    expect(applied.filter((page, i) => page !== held[i])).toHaveLength(1);
  });

  it('follows a layout that gains or loses pages', () => {
    const short = pagesOf(longReport(3));
    const long = pagesOf(report);
    expect(applyPageDelta(short, pageDelta(short, long))).toEqual(long);
    expect(applyPageDelta(long, pageDelta(long, short))).toEqual(short);
  });

  it('refuses a delta made against pages the receiver does not hold', () => {
    const pages = pagesOf(report);
    expect(() => applyPageDelta([], pageDelta(pages, pages))).toThrow('版面更新缺少第 1 项');
  });
});

describe('listDelta by identity (the body sent to the worker)', () => {
  it('sends the blocks that are new objects and rebuilds the same list on the other side', () => {
    const before = report.body;
    const edited = [...before];
    edited[5] = structuredClone(before[5]!);
    edited.push({ type: 'pageBreak' });
    const delta = listDelta(before, edited, sameObject);
    expect(delta.changed.map(([i]) => i)).toEqual([5, before.length]);
    const held = structuredClone(before);
    expect(applyListDelta(held, delta, sameObject)).toEqual(edited);
    expect(applyListDelta(held, listDelta(edited, before.slice(0, 3), sameObject), sameObject)).toEqual(before.slice(0, 3));
  });
});
