/**
 * Reads the body back into model blocks after every change — no debounce, so nothing typed is
 * waiting when the draft is saved — and labels each top-level paragraph with the block it belongs
 * to (data-block), which is how a checker finding or a preview click on body.N finds it.
 */
import { useEffect, useRef } from 'react';
import { $getRoot } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Block } from '../../../../../core/model/blocks.ts';
import { $readRoot } from './convert.ts';
import { sameJson } from './same-json.ts';

export function ModelSyncPlugin({ initial, onChange }: { initial: readonly Block[]; onChange: (body: Block[]) => void }) {
  const [editor] = useLexicalComposerContext();
  const last = useRef<readonly Block[]>(initial);
  const report = useRef(onChange);
  report.current = onChange;
  useEffect(() => {
    const sync = () => {
      const blocks = editor.getEditorState().read(() => {
        const { blocks, placed } = $readRoot();
        for (const node of $getRoot().getChildren()) {
          const element = editor.getElementByKey(node.getKey());
          const index = placed.get(node.getKey());
          if (!element) continue;
          if (index === undefined) delete element.dataset.block;
          else if (element.dataset.block !== String(index)) element.dataset.block = String(index);
        }
        return blocks;
      });
      // Loading and renumbering change no words: only a real edit reaches the draft (and autosave).
      if (sameJson(blocks, last.current)) return;
      last.current = blocks;
      report.current(blocks);
    };
    sync();
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) sync();
    });
  }, [editor]);
  return null;
}
