import { $getRoot, $getSelection, $isRangeSelection, createEditor, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../core/model/blocks.ts';
import { text, type FieldInline } from '../../../../../core/model/inline.ts';
import { $blocksFromRoot, blocksToEditorState } from './convert.ts';
import { bodyNodes } from './nodes.ts';

const problem: FieldInline = { type: 'field', key: '问题描述', value: '食材采购验收记录不全。', source: null };

function editorWith(blocks: readonly Block[]): LexicalEditor {
  const editor = createEditor({
    nodes: bodyNodes,
    onError: (error) => {
      throw error;
    },
  });
  blocksToEditorState(editor, blocks);
  return editor;
}

/** Enter with the caret resting on the heading element itself, as it does beside a chip. */
function enterBesideChip(editor: LexicalEditor, edge: 'start' | 'end') {
  editor.update(
    () => {
      const heading = $getRoot().getFirstChild<ElementNode>()!;
      const offset = edge === 'start' ? 0 : heading.getChildrenSize();
      heading.select(offset, offset);
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertParagraph();
    },
    { discrete: true },
  );
}

describe('Enter in a heading that starts or ends with a field chip', () => {
  it('after the closing chip starts a body paragraph, not another heading', () => {
    const editor = editorWith([{ type: 'heading', level: 3, content: [problem], runIn: null }]);
    enterBesideChip(editor, 'end');
    editor.update(() => $getSelection()!.insertText('整改期限为十五日。'), { discrete: true });
    expect(editor.getEditorState().read($blocksFromRoot)).toEqual([
      { type: 'heading', level: 3, content: [problem], runIn: null },
      { type: 'paragraph', content: text('整改期限为十五日。') },
    ]);
  });

  it('before the opening chip leaves an empty line above and keeps the heading whole', () => {
    const editor = editorWith([{ type: 'heading', level: 3, content: [problem, ...text('须整改')], runIn: null }]);
    enterBesideChip(editor, 'start');
    const kinds = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((node) => `${node.getType()}:${node.getTextContent()}`),
    );
    expect(kinds).toEqual(['paragraph:', 'body-heading:食材采购验收记录不全。须整改']);
  });
});
