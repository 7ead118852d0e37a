/**
 * Walking the unfilled fields and gaps of the body (F4 / Shift+F4, 跳到此处 from the export
 * warning): the chip is selected as a whole and scrolled into view, so Enter opens it for typing.
 */
import { $createNodeSelection, $getNodeByKey, $getSelection, $isElementNode, $isNodeSelection, $isRangeSelection, $setSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { $dfs } from '@lexical/utils';
import { $isFieldNode, type FieldNode } from './FieldNode.tsx';
import { forgetPendingClick } from './pending-click.ts';

/** Every unfilled field of the body in reading order, as the export warning counts them. */
export function $unfilledFields(): FieldNode[] {
  return $dfs()
    .map(({ node }) => node)
    .filter((node): node is FieldNode => $isFieldNode(node) && node.getField().value === null);
}

/** Where the caret is, as an index into the body's nodes in reading order; -1 before the first. */
function $caretPosition(order: readonly LexicalNode[]): number {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) {
    const [node] = selection.getNodes();
    return node ? order.findIndex((n) => n.is(node)) : -1;
  }
  if (!$isRangeSelection(selection)) return -1;
  const { focus } = selection;
  const node = focus.getNode();
  // A caret after the n-th child of a paragraph stands on that child.
  const child = focus.type === 'element' && $isElementNode(node) && focus.offset > 0 ? node.getChildAtIndex(focus.offset - 1) : null;
  return order.findIndex((n) => n.is(child ?? node));
}

export function $selectField(node: FieldNode): void {
  const selection = $createNodeSelection();
  selection.add(node.getKey());
  $setSelection(selection);
}

/** Selects the next (or previous) unfilled field from the caret, going round at the end; its key, or null when none is left. */
export function $selectNextUnfilled(backwards: boolean): string | null {
  const fields = $unfilledFields();
  if (fields.length === 0) return null;
  const order = $dfs().map(({ node }) => node);
  const caret = $caretPosition(order);
  const positions = fields.map((field) => order.findIndex((n) => n.is(field)));
  const index = backwards ? positions.findLastIndex((p) => p < caret) : positions.findIndex((p) => p > caret);
  const target = fields[index === -1 ? (backwards ? fields.length - 1 : 0) : index]!;
  $selectField(target);
  return target.getKey();
}

/** Brings a chip into the middle of the view; chips are drawn already, only the selection changes. */
export function scrollToNode(editor: LexicalEditor, key: string): void {
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
}

/**
 * Gives the body focus with the chip selected (after its popover closes, or a jump from the export
 * warning). Lexical's own focus moves the caret only for a text selection, so the root takes
 * focus first and the chip is selected again after the browser has placed its caret.
 */
export function focusField(editor: LexicalEditor, key: string): void {
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isFieldNode(node)) $selectField(node);
  });
  forgetPendingClick(editor);
  scrollToNode(editor, key);
}
