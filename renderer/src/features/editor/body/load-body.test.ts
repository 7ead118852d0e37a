import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { $createParagraphNode, $getRoot, $getSelection, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../core/model/blocks.ts';
import { text } from '../../../../../core/model/inline.ts';
import { $readRoot } from './convert.ts';
import { EnumItemNode } from './EnumItemNode.ts';
import { BodyHeadingNode } from './HeadingNode.ts';
import { $loadBody } from './load-body.ts';
import { bodyNodes } from './nodes.ts';

const blocks: Block[] = [
  { type: 'heading', level: 1, content: text('主要工作'), runIn: null },
  { type: 'paragraph', content: text('全年立案一百余件。') },
  { type: 'enumeration', style: 'yishi', runOn: false, lead: text('主要做法：'), items: [text('抓学习；'), text('抓整改。')] },
  { type: 'heading', level: 2, content: text('强化政治监督'), runIn: null },
  { type: 'paragraph', content: text('其他工作。') },
];

function loaded(): { editor: LexicalEditor; placed: Map<string, number> } {
  const editor = createEditor({
    nodes: bodyNodes,
    onError: (error) => {
      throw error;
    },
  });
  let placed = new Map<string, number>();
  editor.update(() => void (placed = $loadBody(editor, blocks)), { discrete: true });
  return { editor, placed };
}

const ordinals = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => (node instanceof BodyHeadingNode || node instanceof EnumItemNode ? node.getOrdinal() : null)),
  );

describe('loading the body', () => {
  it('numbers headings and items in the update that loads it', () => {
    expect(ordinals(loaded().editor)).toEqual(['一、', null, '', '一是', '二是', '（一）', null]);
  });

  it('places each top-level node in the block that reading the body back puts it in, so the editor need not be read on opening', () => {
    const { editor, placed } = loaded();
    expect(placed).toEqual(editor.getEditorState().read(() => $readRoot().placed));
  });

  it('keeps its transforms for later typing: a line typed with the next ordinal in a new paragraph becomes that heading', () => {
    const { editor } = loaded();
    editor.update(
      () => {
        const paragraph = $createParagraphNode();
        $getRoot().append(paragraph);
        paragraph.select();
        $getSelection()!.insertText('（二）加强作风建设');
      },
      { discrete: true },
    );
    expect(ordinals(editor).at(-1)).toBe('（二）');
  });

  // A transform registered once the body holds nodes is run over every node of its kind again, in an update of
  // its own: opening a 30-page draft then re-reconciled every paragraph and forced a layout before the first paint.
  it('is the only place the editor registers node transforms', () => {
    const editorSource = path.join(import.meta.dirname, '..');
    const files = readdirSync(editorSource, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
    const registering = files.filter((file) => readFileSync(path.join(editorSource, file), 'utf8').includes('registerNodeTransform('));
    expect(registering.map((file) => path.basename(file))).toEqual(['load-body.ts']);
  });
});
