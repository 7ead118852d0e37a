import { $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../core/model/blocks.ts';
import { text, type Provenance } from '../../../../../core/model/inline.ts';
import { $blocksFromRoot, blocksToEditorState } from './convert.ts';
import { bodyNodes } from './nodes.ts';
import { $toggleRunIn } from './run-in.ts';

const source: Provenance = { dataset: '案件台账', sheet: null, column: null, aggregate: 'count', rows: [2], filter: '' };

function toggled(block: Block): { changed: boolean; blocks: Block[] } {
  const editor = createEditor({
    nodes: bodyNodes,
    onError: (error) => {
      throw error;
    },
  });
  blocksToEditorState(editor, [block]);
  let changed = false;
  editor.update(() => void (changed = $toggleRunIn($getRoot().getFirstChild())), { discrete: true });
  return { changed, blocks: editor.getEditorState().read($blocksFromRoot) };
}

describe('run-in toggle', () => {
  const runIn: Block = {
    type: 'heading',
    level: 2,
    content: text('强化政治监督。'),
    runIn: [...text('全年立案'), { type: 'field', key: '立案件数', value: '118', source }, ...text('件。')],
  };
  const standalone: Block = {
    type: 'heading',
    level: 2,
    content: [...text('强化政治监督。全年立案'), { type: 'field', key: '立案件数', value: '118', source }, ...text('件。')],
    runIn: null,
  };

  it('splits a heading after its first sentence, keeping fields in the run-in body', () => {
    expect(toggled(standalone)).toEqual({ changed: true, blocks: [runIn] });
  });

  it('joins a run-in heading back into one standalone heading', () => {
    expect(toggled(runIn)).toEqual({ changed: true, blocks: [standalone] });
  });

  it('leaves a heading without a second sentence alone', () => {
    const single: Block = { type: 'heading', level: 1, content: text('主要工作'), runIn: null };
    expect(toggled(single)).toEqual({ changed: false, blocks: [single] });
  });
});
