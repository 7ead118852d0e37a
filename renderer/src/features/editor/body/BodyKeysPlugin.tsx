/**
 * Keys of the structured body: Enter inside enumerations (next item, or leave on an empty one),
 * Ctrl+0…6 paragraph kinds, Ctrl+Enter page break, Enter/Space on a selected field chip,
 * F4 / Shift+F4 to the next / previous unfilled field or gap.
 */
import { useEffect } from 'react';
import {
  $createParagraphNode,
  $createRangeSelectionFromDom,
  $setSelection,
  getDOMSelectionFromTarget,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_SPACE_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setBlockKind } from './block-type.ts';
import { $isEnumItemNode } from './EnumItemNode.ts';
import { $createEnumMarkerNode, $isEnumMarkerNode } from './EnumMarkerNode.ts';
import { $isFieldNode } from './FieldNode.tsx';
import { OPEN_FIELD_COMMAND } from './FieldNodeChip.tsx';
import { $createPageBreakNode } from './PageBreakNode.ts';
import { $isRunOnEnumerationNode, type RunOnEnumerationNode } from './RunOnEnumerationNode.ts';
import { blockKindKeys } from './shortcuts.ts';
import { $selectNextUnfilled, focusField, scrollToNode } from './unfilled-fields.ts';
import { $replaceBlock } from './guidance-state.ts';
import { forgetPendingClick } from './pending-click.ts';

/** The node just before a collapsed caret, or null when the caret follows text. */
function $nodeBeforeCaret(selection: RangeSelection): LexicalNode | null {
  const { anchor } = selection;
  const node = anchor.getNode();
  if (anchor.type === 'element') return $isElementNode(node) && anchor.offset > 0 ? node.getChildAtIndex(anchor.offset - 1) : null;
  return anchor.offset === 0 ? node.getPreviousSibling() : null;
}

function $isAtEnd(selection: RangeSelection, block: RunOnEnumerationNode): boolean {
  const last = block.getLastDescendant();
  if (!last) return true;
  const { anchor } = selection;
  if (anchor.type === 'element') return anchor.key === block.getKey() && anchor.offset === block.getChildrenSize();
  return anchor.key === last.getKey() && anchor.offset === last.getTextContentSize();
}

/** Enter in a run-on enumeration starts the next item in the same paragraph; on a fresh, empty item it leaves the paragraph. */
function $enterInRunOn(selection: RangeSelection, block: RunOnEnumerationNode): void {
  const before = $nodeBeforeCaret(selection);
  if ($isEnumMarkerNode(before) && $isAtEnd(selection, block)) {
    before.remove();
    const paragraph = $createParagraphNode();
    block.insertAfter(paragraph);
    paragraph.select();
    return;
  }
  selection.insertNodes([$createEnumMarkerNode()]);
}

/**
 * Lexical handles Enter and shortcuts on keydown with the selection it last heard of; a caret
 * moved a moment earlier (a click, End) may not have reached it yet, so read it from the page.
 */
export function $catchUpWithCaret(editor: LexicalEditor, event: KeyboardEvent | null): void {
  const current = $getSelection();
  if (!event || !$isRangeSelection(current)) return;
  const fresh = $createRangeSelectionFromDom(getDOMSelectionFromTarget(event.target), editor);
  if (fresh && !fresh.is(current)) $setSelection(fresh);
}

function $selectedField() {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return null;
  const [node] = selection.getNodes();
  return $isFieldNode(node) ? node : null;
}

const isWalkKey = (event: KeyboardEvent) => event.key === 'F4' && !(event.ctrlKey || event.metaKey || event.altKey);

/** F4 / Shift+F4: the next or previous unfilled field is selected, or, in a table cell, focused. */
function $walkUnfilled(editor: LexicalEditor, backwards: boolean): void {
  const target = $selectNextUnfilled(editor, backwards);
  if (target && 'key' in target) {
    forgetPendingClick(editor);
    scrollToNode(editor, target.key);
    // Coming from a chip in a table cell, the body takes the focus back, or the next key would still start from the cell.
    const { key } = target;
    if (document.activeElement?.closest('.body-table-host')) queueMicrotask(() => focusField(editor, key));
  } else if (target) {
    // Focused once this update has let go of the body's selection: Enter then opens the chip in its cell.
    const { element } = target;
    queueMicrotask(() => {
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center' });
    });
  }
}

/** Lexical leaves keys typed inside a table's cells (its own controls) to them, so F4 there is heard on the root. */
function registerTableWalk(editor: LexicalEditor): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isWalkKey(event) || !(event.target instanceof Element) || !event.target.closest('.body-table-host')) return;
    event.preventDefault();
    editor.update(() => $walkUnfilled(editor, event.shiftKey));
  };
  return editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('keydown', onKeyDown);
    root?.addEventListener('keydown', onKeyDown);
  });
}

function registerBodyKeys(editor: LexicalEditor): () => void {
  const openSelectedField = (event: KeyboardEvent | null) => {
    const field = $selectedField();
    if (!field) return false;
    event?.preventDefault();
    editor.dispatchCommand(OPEN_FIELD_COMMAND, field.getKey());
    return true;
  };
  return mergeRegister(
    registerTableWalk(editor),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (openSelectedField(event)) return true;
        $catchUpWithCaret(editor, event);
        if (event?.shiftKey) return false;
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
        const block = selection.anchor.getNode().getTopLevelElement();
        if ($isRunOnEnumerationNode(block)) {
          event?.preventDefault();
          $enterInRunOn(selection, block);
          return true;
        }
        if ($isEnumItemNode(block) && block.getRole() === 'item' && block.getTextContent().trim() === '' && block.getChildren().every($isTextNode)) {
          event?.preventDefault();
          const paragraph = $replaceBlock(block, $createParagraphNode());
          paragraph.select();
          return true;
        }
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(KEY_SPACE_COMMAND, openSelectedField, COMMAND_PRIORITY_LOW),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (isWalkKey(event)) {
          event.preventDefault();
          $catchUpWithCaret(editor, event);
          $walkUnfilled(editor, event.shiftKey);
          return true;
        }
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
        const shortcut = blockKindKeys.find(({ key }) => key === event.key);
        if (shortcut || event.key === 'Enter') $catchUpWithCaret(editor, event);
        if (shortcut) {
          event.preventDefault();
          $setBlockKind(shortcut.kind);
          return true;
        }
        if (event.key === 'Enter') {
          event.preventDefault();
          $insertNodeToNearestRoot($createPageBreakNode());
          return true;
        }
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}

export function BodyKeysPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBodyKeys(editor), [editor]);
  return null;
}
