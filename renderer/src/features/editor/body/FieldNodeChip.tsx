/** The chip of a FieldNode: opens on click, or when the editor asks (Enter/Space on a selected chip, focusField). */
import { useEffect, useState } from 'react';
import { $getNodeByKey, COMMAND_PRIORITY_LOW, createCommand, type LexicalNode, type NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { countingWordAfter } from '../../../../../core/gaps/counting-words.ts';
import type { FieldInline, Provenance } from '../../../../../core/model/inline.ts';
import type { Binding } from '../../../../../core/template/binding-schema.ts';
import { GapSuggestions, type GapSurroundings } from '../../gaps/GapSuggestions.tsx';
import { LedgerBinding } from '../../gaps/LedgerBinding.tsx';
import { FieldChip } from './FieldChip.tsx';
import { $isFieldNode } from './FieldNode.tsx';
import { focusField } from './unfilled-fields.ts';

export const OPEN_FIELD_COMMAND = createCommand<NodeKey>('OPEN_FIELD_COMMAND');

export function FieldNodeChip({ nodeKey, field }: { nodeKey: NodeKey; field: FieldInline }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  // Opened by Enter/Space on the selected chip (after F4): the value takes the typing, and closing gives the body its caret back.
  const [byKeys, setByKeys] = useState(false);
  const [selected] = useLexicalNodeSelection(nodeKey);
  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIELD_COMMAND,
        (key) => {
          if (key !== nodeKey) return false;
          setByKeys(true);
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
  const openChange = (next: boolean) => {
    setOpen(next);
    if (next || !byKeys) return;
    setByKeys(false);
    focusField(editor, nodeKey);
  };
  const takeSuggestion = (value: string, source: Provenance, binding: Binding) => {
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isFieldNode(node)) node.setSourcedValue(value, source, binding);
    });
    openChange(false);
  };
  const around = open ? editor.getEditorState().read(() => surroundings($getNodeByKey(nodeKey))) : null;
  const numeric = field.gap?.kind === 'number';
  return (
    <FieldChip
      field={field}
      selected={selected}
      open={open}
      onOpenChange={openChange}
      onRetype={retype}
      onPointerOpen={byKeys ? undefined : caretAfter}
      extra={
        <>
          {around && numeric && <GapSuggestions around={around} onAccept={takeSuggestion} />}
          <LedgerBinding unit={around?.unit ?? null} numeric={numeric} onAccept={takeSuggestion} />
        </>
      }
    />
  );
}

/** The words of the paragraph on either side of a gap, which say what it counts; read inside an editor read. */
function surroundings(node: LexicalNode | null): GapSurroundings | null {
  if (!node) return null;
  const text = (nodes: LexicalNode[]) => nodes.map((n) => n.getTextContent()).join('');
  const after = text(node.getNextSiblings());
  return { before: text(node.getPreviousSiblings()), after, unit: countingWordAfter(after, 0) };
}
