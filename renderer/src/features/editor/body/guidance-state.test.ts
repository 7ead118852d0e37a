import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, createEditor, ParagraphNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block, Guidance } from '../../../../../core/model/blocks.ts';
import { text } from '../../../../../core/model/inline.ts';
import { $setBlockKind } from './block-type.ts';
import { $blocksFromRoot, blocksToEditorState } from './convert.ts';
import { $passGuidanceOn } from './guidance-state.ts';
import { bodyNodes } from './nodes.ts';

const guide = (section: string): Guidance => [{ section, text: `${section}的写法。` }];

function bodyEditor(blocks: readonly Block[]): LexicalEditor {
  const editor = createEditor({
    nodes: bodyNodes,
    onError: (error) => {
      throw error;
    },
  });
  editor.registerNodeTransform(ParagraphNode, $passGuidanceOn);
  blocksToEditorState(editor, blocks);
  return editor;
}

function $enter() {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) selection.insertParagraph();
}

const read = (editor: LexicalEditor) => editor.getEditorState().read($blocksFromRoot);

/** Puts the caret `offset` characters into the first text of top-level block `index`, then runs `change` there. */
function atCaret(editor: LexicalEditor, index: number, offset: number, change: () => void) {
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex(index);
      const first = $isElementNode(block) ? block.getFirstDescendant() : null;
      if (!$isTextNode(first)) throw new Error('no text to put the caret in');
      first.select(offset, offset);
      change();
    },
    { discrete: true },
  );
}

describe('template guidance in the body editor', () => {
  it('comes back from the editor on every kind of block that can start a section', () => {
    const blocks: Block[] = [
      { type: 'paragraph', content: text('现将有关事项通知如下：'), guidance: guide('缘由') },
      { type: 'heading', level: 2, content: text('强化监督。'), runIn: text('全年立案3件。'), guidance: guide('工作') },
      { type: 'enumeration', style: 'yishi', runOn: true, lead: text('主要做法：'), items: [text('抓学习；'), text('抓落实。')], guidance: guide('做法') },
      { type: 'enumeration', style: 'diyi', runOn: false, lead: text('建议你局：'), items: [text('第一项。')], guidance: guide('建议') },
      { type: 'enumeration', style: 'yishi', runOn: false, lead: [], items: [text('一是另起。')], guidance: guide('另起') },
      { type: 'table', headerRows: 1, columnWidths: [1], rows: [{ cells: [{ content: text('问题') }] }], guidance: guide('表格') },
      { type: 'pageBreak', guidance: guide('分页') },
      { type: 'paragraph', content: text('特此通知。') },
    ];
    expect(read(bodyEditor(blocks))).toEqual(blocks);
  });

  it('stays with the words when the paragraph becomes a heading and back, and on the first half of a split', () => {
    const editor = bodyEditor([{ type: 'paragraph', content: text('总体要求明确。'), guidance: guide('要求') }]);
    atCaret(editor, 0, 2, () => $setBlockKind('heading1'));
    expect(read(editor)).toEqual([{ type: 'heading', level: 1, content: text('总体要求明确。'), runIn: null, guidance: guide('要求') }]);
    atCaret(editor, 0, 2, () => $setBlockKind('paragraph'));
    atCaret(editor, 0, 4, () => $enter());
    expect(read(editor)).toEqual([
      { type: 'paragraph', content: text('总体要求'), guidance: guide('要求') },
      { type: 'paragraph', content: text('明确。') },
    ]);
  });

  it('follows the words down when Enter at the start of the section leaves an empty line above', () => {
    const editor = bodyEditor([
      { type: 'paragraph', content: text('开头。') },
      { type: 'paragraph', content: text('请高度重视。'), guidance: guide('要求') },
    ]);
    atCaret(editor, 1, 0, () => $enter());
    atCaret(editor, 2, 0, () => $enter());
    expect(read(editor)).toEqual([
      { type: 'paragraph', content: text('开头。') },
      { type: 'paragraph', content: text('请高度重视。'), guidance: guide('要求') },
    ]);
    expect(editor.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(4);
  });
});
