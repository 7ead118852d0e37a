import { describe, expect, it } from 'vitest';
import type { Block } from '../model/blocks.ts';
import { inlineText } from '../model/inline.ts';
import { bodyBlocks, splitRunIn } from './body-blocks.ts';
import type { ImportNotice } from './notices.ts';

const read = (...lines: string[]) => {
  const notices: ImportNotice[] = [];
  const blocks = bodyBlocks(lines.map((text, i) => ({ text, line: i + 1 })), notices);
  return { blocks, notices };
};

/** Blocks as short strings: H2:强化监督。|一是…  E:yishi:lead|item|item  P:text */
const outline = (blocks: Block[]) =>
  blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return `H${block.level}:${inlineText(block.content)}${block.runIn ? `|${inlineText(block.runIn)}` : ''}`;
      case 'enumeration':
        return `E:${block.style}:${block.runOn ? 'runOn' : 'apart'}:${[inlineText(block.lead), ...block.items.map(inlineText)].join('|')}`;
      case 'paragraph':
        return `P:${inlineText(block.content)}`;
      default:
        return block.type;
    }
  });

describe('splitRunIn', () => {
  it('ends the heading at the first sentence end outside quotes and brackets', () => {
    expect(splitRunIn('强化政治监督。一是……')).toEqual({ content: '强化政治监督。', runIn: '一是……' });
    expect(splitRunIn('坚持“严管就是厚爱。”原则。正文')).toEqual({ content: '坚持“严管就是厚爱。”原则。', runIn: '正文' });
    expect(splitRunIn('强化政治监督。')).toEqual({ content: '强化政治监督。', runIn: null });
    expect(splitRunIn('提高政治站位，深刻认识形势')).toEqual({ content: '提高政治站位，深刻认识形势', runIn: null });
    expect(splitRunIn('强化政治监督：一是……')).toEqual({ content: '强化政治监督：', runIn: '一是……' });
  });
});

describe('bodyBlocks', () => {
  it('turns ordinals into heading levels, standalone and run-in, stripping the ordinal', () => {
    const { blocks, notices } = read('一、提高政治站位', '（一）强化政治监督。一是紧盯关键少数；二是做实日常监督。', '1.开展专题剖析。', '（1）逐案剖析', '二、压实责任');
    expect(outline(blocks)).toEqual(['H1:提高政治站位', 'H2:强化政治监督。|一是紧盯关键少数；二是做实日常监督。', 'H3:开展专题剖析。', 'H4:逐案剖析', 'H1:压实责任']);
    expect(notices).toEqual([]);
  });

  it('restarts deeper levels under a new parent, as the model numbers them', () => {
    const { blocks } = read('一、甲', '（一）子一', '（二）子二', '二、乙', '（一）子一');
    expect(outline(blocks)).toEqual(['H1:甲', 'H2:子一', 'H2:子二', 'H1:乙', 'H2:子一']);
  });

  it('keeps an ordinal that is not the expected next one as paragraph text, with a notice', () => {
    const { blocks, notices } = read('一、甲', '三、丙', '（二）子', '（一）子');
    expect(outline(blocks)).toEqual(['H1:甲', 'P:三、丙', 'P:（二）子', 'H2:子']);
    expect(notices).toEqual([
      { kind: 'ordinalKeptAsText', line: 2, typed: '三、', expected: '二、' },
      { kind: 'ordinalKeptAsText', line: 3, typed: '（二）', expected: '（一）' },
    ]);
  });

  it('keeps (一) typed with half-width brackets as typed, for the checker to flag', () => {
    const { blocks, notices } = read('(一)强化政治监督。正文');
    expect(outline(blocks)).toEqual(['P:(一)强化政治监督。正文']);
    expect(notices).toEqual([{ kind: 'ordinalKeptAsText', line: 1, typed: '(一)', expected: null }]);
  });

  it('accepts 1． and reports that it prints as 1.', () => {
    const { blocks, notices } = read('1．开展自查');
    expect(outline(blocks)).toEqual(['H3:开展自查']);
    expect(notices).toEqual([{ kind: 'ordinalRewritten', line: 1, offset: 0, typed: '1．', printed: '1.' }]);
  });

  it('does not make a heading of an ordinal with nothing after it', () => {
    expect(outline(read('一、').blocks)).toEqual(['P:一、']);
  });

  it('reads run-on and one-per-paragraph enumerations', () => {
    const { blocks } = read('要做到以下几点：', '一是落实监督。', '二是健全档案。', '三是谈话提醒。', '建议你局：一是提高站位；二是全面排查。');
    expect(outline(blocks)).toEqual(['P:要做到以下几点：', 'E:yishi:apart:|落实监督。|健全档案。|谈话提醒。', 'E:yishi:runOn:建议你局：|提高站位；|全面排查。']);
  });

  it('keeps a lone 一是 paragraph as a paragraph', () => {
    expect(outline(read('一是落实监督。', '另外，还要加强学习。').blocks)).toEqual(['P:一是落实监督。', 'P:另外，还要加强学习。']);
  });

  it('turns soft line breaks into break inlines', () => {
    const { blocks } = read('第一行\n第二行');
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: '第一行' }, { type: 'break' }, { type: 'text', text: '第二行' }] }]);
  });
});
