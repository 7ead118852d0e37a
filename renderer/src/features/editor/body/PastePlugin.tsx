/**
 * Pasting from Word, WPS or a web page: the words and paragraph breaks come in, foreign styling
 * does not, and lines that start with 一、（一）1.（1） become headings. Gap markers (连续×年,
 * 【单位名称】) become unfilled fields, as in an import, but for the names the document confirmed
 * as left anonymous on purpose. A copy made inside the
 * body itself is left to Lexical, which keeps its fields and headings as they were.
 */
import { useEffect, useRef } from 'react';
import { $getSelection, $isParagraphNode, $isRangeSelection, $isElementNode, COMMAND_PRIORITY_LOW, PASTE_COMMAND, type LexicalNode } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $inlineNodes, $nodesFromBlock } from './convert.ts';
import { htmlParagraphs, textParagraphs } from './paste-html.ts';
import { pastedBlocks } from './pasted-blocks.ts';

function $insertParagraphs(paragraphs: readonly string[], confirmedNames: readonly string[]): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const blocks = pastedBlocks(paragraphs, confirmedNames);
  const [only] = blocks;
  if (blocks.length === 1 && only?.type === 'paragraph') {
    // A few words pasted into a sentence join it; only their gaps come in as chips.
    if (only.content.some((inline) => inline.type === 'field')) selection.insertNodes($inlineNodes(only.content));
    else selection.insertText(paragraphs.join(''));
    return;
  }
  const nodes = blocks.flatMap($nodesFromBlock);
  if (!selection.isCollapsed()) selection.removeText();
  const block = selection.anchor.getNode().getTopLevelElement();
  if ($isParagraphNode(block) && block.getTextContentSize() === 0 && block.getChildrenSize() === 0) {
    let previous: LexicalNode = block;
    for (const node of nodes) previous = previous.insertAfter(node);
    block.remove();
    if ($isElementNode(previous)) previous.selectEnd();
    else previous.selectNext();
    return;
  }
  selection.insertNodes(nodes);
}

export function PastePlugin({ confirmedNames }: { confirmedNames: readonly string[] }) {
  const [editor] = useLexicalComposerContext();
  // Read at paste time: confirming a name does not re-register the command.
  const confirmed = useRef(confirmedNames);
  confirmed.current = confirmedNames;
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (!data || data.types.includes('application/x-lexical-editor')) return false;
          const html = data.getData('text/html');
          const paragraphs = html ? htmlParagraphs(html) : textParagraphs(data.getData('text/plain'));
          event.preventDefault();
          if (paragraphs.length > 0) $insertParagraphs(paragraphs, confirmed.current);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
