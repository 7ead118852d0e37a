import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, HeadingBlock } from './blocks.ts';
import { inlineText, text } from './inline.ts';
import { dropTarget, moveSection, moveSectionTo, sectionRange } from './move-section.ts';
import { headingOrdinals } from './ordinals.ts';

const h = (level: 1 | 2 | 3 | 4, words: string): Block => ({ type: 'heading', level, content: text(words), runIn: null });
const p = (words: string): Block => ({ type: 'paragraph', content: text(words) });
const names = (blocks: readonly Block[] | null) => blocks?.map((b) => (b.type === 'heading' || b.type === 'paragraph' ? inlineText(b.content) : b.type));

// 开头 一、甲 （一）甲1 （二）甲2 二、乙 三、丙
const report: Block[] = [p('开头'), h(1, '甲'), p('甲的话'), h(2, '甲1'), p('甲1的话'), h(2, '甲2'), p('甲2的话'), h(1, '乙'), p('乙的话'), h(1, '丙'), p('丙的话')];

describe('sectionRange', () => {
  it('runs to the next heading of the same or a higher level', () => {
    expect(sectionRange(report, 1)).toEqual({ start: 1, end: 7 });
    expect(sectionRange(report, 3)).toEqual({ start: 3, end: 5 });
    expect(sectionRange(report, 5)).toEqual({ start: 5, end: 7 });
    expect(sectionRange(report, 9)).toEqual({ start: 9, end: 11 });
    expect(sectionRange(report, 0)).toBeNull();
  });
});

describe('moveSection', () => {
  it('moves the first section down past the next one, with everything under it', () => {
    expect(names(moveSection(report, 1, 'down'))).toEqual(['开头', '乙', '乙的话', '甲', '甲的话', '甲1', '甲1的话', '甲2', '甲2的话', '丙', '丙的话']);
  });

  it('moves the last section up, and refuses to move past either end', () => {
    expect(names(moveSection(report, 9, 'up'))).toEqual(['开头', '甲', '甲的话', '甲1', '甲1的话', '甲2', '甲2的话', '丙', '丙的话', '乙', '乙的话']);
    expect(moveSection(report, 9, 'down')).toBeNull();
    expect(moveSection(report, 1, 'up')).toBeNull();
  });

  it('moves a level-2 section within its parent but never out of it', () => {
    expect(names(moveSection(report, 5, 'up'))).toEqual(['开头', '甲', '甲的话', '甲2', '甲2的话', '甲1', '甲1的话', '乙', '乙的话', '丙', '丙的话']);
    expect(moveSection(report, 3, 'up')).toBeNull();
    expect(moveSection(report, 5, 'down')).toBeNull();
  });

  it('renumbers through the computed ordinals', () => {
    const moved = moveSection(report, 9, 'up')!;
    expect(headingOrdinals(moved).get(7)).toBe('二、');
    expect(names([moved[7]!])).toEqual(['丙']);
  });

  it('answers null for a block that is not a heading', () => {
    expect(moveSection(report, 2, 'down')).toBeNull();
  });
});

describe('moveSectionTo', () => {
  it('refuses a target inside a section or inside the moved section itself', () => {
    expect(moveSectionTo(report, 7, 4)).toBeNull(); // before 甲1的话: would cut 甲1 in two
    expect(moveSectionTo(report, 7, 3)).toBeNull(); // before （一）: a level-1 section cannot land among level-2 ones
    expect(moveSectionTo(report, 1, 3)).toBeNull();
    expect(moveSectionTo(report, 1, 1)).toBeNull();
    expect(moveSectionTo(report, 1, 7)).toBeNull();
  });

  it('lets a level-2 section move to another parent at a boundary of its level', () => {
    const blocks = [h(1, '甲'), h(2, '甲1'), h(1, '乙'), h(2, '乙1')];
    expect(names(moveSectionTo(blocks, 1, 4))).toEqual(['甲', '乙', '乙1', '甲1']);
  });
});

describe('dropTarget', () => {
  it('takes the place of a sibling: before it from below, after its section from above', () => {
    expect(dropTarget(report, 9, 1)).toBe(1);
    expect(dropTarget(report, 1, 9)).toBe(11);
    expect(names(moveSectionTo(report, 1, dropTarget(report, 1, 7)!))).toEqual(['开头', '乙', '乙的话', '甲', '甲的话', '甲1', '甲1的话', '甲2', '甲2的话', '丙', '丙的话']);
    expect(dropTarget(report, 3, 7)).toBeNull();
    expect(dropTarget(report, 3, 3)).toBeNull();
  });
});

describe('moving sections (properties)', () => {
  const blockArb = fc.oneof(
    fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4).map((level) => ({ type: 'heading', level, content: [], runIn: null }) as Block),
    fc.constant<Block>({ type: 'paragraph', content: [] }),
  );
  const bodyArb = fc.array(blockArb, { maxLength: 30 }).map((blocks) => blocks.map((b, i): Block => ({ ...b, content: text(`b${i}`) }) as Block));

  it('keeps every block exactly once, and the moved section whole and in order', () => {
    fc.assert(
      fc.property(bodyArb, fc.nat(), fc.nat(), (blocks, a, b) => {
        const from = blocks.length ? a % blocks.length : 0;
        const to = b % (blocks.length + 1);
        const moved = moveSectionTo(blocks, from, to);
        if (!moved) return;
        expect([...names(moved)!].sort()).toEqual([...names(blocks)!].sort());
        const range = sectionRange(blocks, from)!;
        const section = names(blocks.slice(range.start, range.end))!;
        const at = moved.indexOf(blocks[from]!);
        expect(names(moved.slice(at, at + section.length))).toEqual(section);
        // No section is cut in two: every other section of the moved one's level or deeper keeps exactly its blocks.
        const level = (blocks[from] as HeadingBlock).level;
        for (let i = 0; i < blocks.length; i++) {
          const other = blocks[i]!;
          if ((i >= range.start && i < range.end) || other.type !== 'heading' || other.level < level) continue;
          const own = sectionRange(blocks, i)!;
          const j = moved.indexOf(blocks[i]!);
          const after = sectionRange(moved, j)!;
          expect(names(moved.slice(after.start, after.end))).toEqual(names(blocks.slice(own.start, own.end)));
        }
      }),
    );
  });

  it('moving down then up again gives the original body back', () => {
    fc.assert(
      fc.property(bodyArb, fc.nat(), (blocks, a) => {
        if (!blocks.length) return;
        const from = a % blocks.length;
        const down = moveSection(blocks, from, 'down');
        if (!down) return;
        expect(moveSection(down, down.indexOf(blocks[from]!), 'up')).toEqual(blocks);
      }),
    );
  });
});
