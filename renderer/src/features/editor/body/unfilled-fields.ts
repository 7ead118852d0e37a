/**
 * Walking the unfilled fields and gaps of the body (F4 / Shift+F4, 跳到此处 from the export
 * warning): the chip is selected as a whole and scrolled into view, so Enter opens it for typing.
 */
import { $createNodeSelection, $getNodeByKey, $getSelection, $isElementNode, $isNodeSelection, $isRangeSelection, $setSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { $dfs } from '@lexical/utils';
import { $isFieldNode, type FieldNode } from './FieldNode.tsx';
import { forgetPendingClick } from './pending-click.ts';
import { $isBodyTableNode } from './TableNode.tsx';

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

/** A place F4 stops at: an unfilled field of the body, or the n-th unfilled chip of a table (whose cells are not Lexical nodes). */
type Stop = { at: number; chip: number; field: FieldNode } | { at: number; chip: number; element: HTMLElement };

/** Where the walk stands: on the body node at `at`, or on a table's chip (focused in its cell). */
interface Standing {
  at: number;
  chip: number;
}

function $stops(editor: LexicalEditor, order: readonly LexicalNode[]): Stop[] {
  return order.flatMap((node, at): Stop[] => {
    if ($isFieldNode(node)) return node.getField().value === null ? [{ at, chip: 0, field: node }] : [];
    if (!$isBodyTableNode(node)) return [];
    const chips = editor.getElementByKey(node.getKey())?.querySelectorAll<HTMLElement>('.field-chip.unfilled') ?? [];
    return [...chips].map((element, chip) => ({ at, chip, element }));
  });
}

function $standing(order: readonly LexicalNode[], stops: readonly Stop[]): Standing {
  const focused = document.activeElement;
  const inCell = stops.find((stop) => 'element' in stop && stop.element === focused);
  return inCell ? { at: inCell.at, chip: inCell.chip } : { at: $caretPosition(order), chip: Number.POSITIVE_INFINITY };
}

const after = (stop: Stop, from: Standing) => stop.at > from.at || (stop.at === from.at && stop.chip > from.chip);
const before = (stop: Stop, from: Standing) => stop.at < from.at || (stop.at === from.at && stop.chip < from.chip && Number.isFinite(from.chip));

/**
 * Selects the next (or previous) unfilled field from the caret, going round at the end, table cells
 * included: a body field is selected as a whole (its key is returned); a chip in a table cell is
 * returned to be focused in its cell, where Enter opens it. Null when none is left.
 */
export function $selectNextUnfilled(editor: LexicalEditor, backwards: boolean): { key: string } | { element: HTMLElement } | null {
  const order = $dfs().map(({ node }) => node);
  const stops = $stops(editor, order);
  if (stops.length === 0) return null;
  const from = $standing(order, stops);
  const index = backwards ? stops.findLastIndex((stop) => before(stop, from)) : stops.findIndex((stop) => after(stop, from));
  const target = stops[index === -1 ? (backwards ? stops.length - 1 : 0) : index]!;
  if ('element' in target) {
    $setSelection(null);
    return { element: target.element };
  }
  $selectField(target.field);
  return { key: target.field.getKey() };
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
