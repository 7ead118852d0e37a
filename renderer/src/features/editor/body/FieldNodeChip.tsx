/** The chip of a FieldNode: opens on click, or when the editor asks (Enter/Space on a selected chip, focusField). */
import { useEffect, useState } from 'react';
import { $getNodeByKey, COMMAND_PRIORITY_LOW, createCommand, type NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { FieldInline } from '../../../../../core/model/inline.ts';
import { FieldChip } from './FieldChip.tsx';
import { $isFieldNode } from './FieldNode.tsx';

export const OPEN_FIELD_COMMAND = createCommand<NodeKey>('OPEN_FIELD_COMMAND');

export function FieldNodeChip({ nodeKey, field }: { nodeKey: NodeKey; field: FieldInline }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [selected] = useLexicalNodeSelection(nodeKey);
  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIELD_COMMAND,
        (key) => {
          if (key !== nodeKey) return false;
          setOpen(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, nodeKey],
  );
  const retype = (value: string | null) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isFieldNode(node)) node.setTypedValue(value);
    });
  const caretAfter = () => {
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isFieldNode(node)) node.selectNext(0, 0);
    });
    editor.focus();
  };
  return <FieldChip field={field} selected={selected} open={open} onOpenChange={setOpen} onRetype={retype} onPointerOpen={caretAfter} />;
}
