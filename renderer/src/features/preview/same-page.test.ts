import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../../core/layout/layout-document.ts';
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import { compose } from '../../../../core/typeset/compose.ts';
import { longReport } from '../../../../tests/support/long-document.ts';
import { samePage } from './same-page.ts';

const report = longReport(12);
const pagesOf = (document: typeof report): LaidPage[] => layoutDocument(compose(document)).pages;

describe('samePage', () => {
  it('finds exactly the page an edit in the middle of a report changed', () => {
    const before = pagesOf(report);
    const edited = structuredClone(report);
    const index = edited.body.findIndex((block, i) => i > edited.body.length / 2 && block.type === 'paragraph');
    const block = edited.body[index]!;
    if (block.type !== 'paragraph' || block.content[0]?.type !== 'text') throw new Error('the long report changed shape');
    block.content[0].text = `改${block.content[0].text.slice(1)}`;
    const after = pagesOf(edited);
    expect(after.filter((page, i) => !samePage(page, before[i]!)).length).toBe(1);
  });

  it('sees a change of any drawn property', () => {
    const [page] = pagesOf(report);
    const copy = () => structuredClone(page!);
    expect(samePage(page!, copy())).toBe(true);
    const moved = copy();
    moved.lines[3]!.y += 1;
    const refont = copy();
    refont.lines[0]!.runs[0]!.font = 'heiti';
    const recoloured = copy();
    recoloured.rules[0]!.color = 'black';
    const renumbered = copy();
    renumbered.pageNumber = null;
    for (const changed of [moved, refont, recoloured, renumbered]) expect(samePage(page!, changed)).toBe(false);
  });
});
