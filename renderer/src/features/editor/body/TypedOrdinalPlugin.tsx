/**
 * An IME commits a typed ordinal inside the composition's own update, where the typed-ordinal
 * transform (typed-ordinal.ts, registered in load-body.ts) stays out of its way: the committed
 * line is looked at here once the composition has ended.
 */
import { useEffect } from 'react';
import { $getSelection, $isParagraphNode, $isRangeSelection, COMPOSITION_END_TAG } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $headingFromTypedOrdinal } from './typed-ordinal.ts';

export function TypedOrdinalPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ tags }) => {
        if (!tags.has(COMPOSITION_END_TAG)) return;
        editor.update(() => {
          const selection = $getSelection();
          const block = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
          if ($isParagraphNode(block)) $headingFromTypedOrdinal(block);
        });
      }),
    [editor],
  );
  return null;
}
