/**
 * Typing an ordinal at the start of a paragraph makes it a heading, as the plain-text import
 * would read it: only the ordinal the heading would get there (一、 after no 一、 yet; 二、 after
 * 一、) is taken, a look-alike or out-of-turn number stays text for the checker to point out.
 * A whole line typed or committed at once (an IME) with a sentence after the heading sentence
 * becomes a run-in heading.
 */
import { $getSelection, $isRangeSelection, $isRootNode, $isTextNode, type ParagraphNode } from 'lexical';
import { splitRunIn } from '../../../../../core/import/body-blocks.ts';
import { readTypedOrdinal } from '../../../../../core/import/typed-ordinal.ts';
import { $createBodyHeadingNode } from './HeadingNode.ts';
import { $createHeadingWordsNode } from './HeadingWordsNode.ts';
import { $nextHeadingNumber } from './numbering.ts';
import { $replaceBlock } from './guidance-state.ts';

export function $headingFromTypedOrdinal(paragraph: ParagraphNode): void {
  if (!$isRootNode(paragraph.getParent())) return;
  const selection = $getSelection();
  // Only the paragraph being typed in: a paragraph loaded with a kept-as-text ordinal stays as it is.
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || !selection.anchor.getNode().getTopLevelElement()?.is(paragraph)) return;
  const first = paragraph.getFirstChild();
  if (!$isTextNode(first)) return;
  const head = first.getTextContent();
  const ordinal = readTypedOrdinal(head);
  if (ordinal?.kind !== 'standard') return;
  const afterOrdinal = head.slice(ordinal.typed.length);
  const prefixLength = ordinal.typed.length + afterOrdinal.length - afterOrdinal.trimStart().length;
  if (paragraph.getTextContent().slice(prefixLength).trim() === '') return;
  if (ordinal.n !== $nextHeadingNumber(ordinal.level, paragraph.getIndexWithinParent())) return;

  const [prefix, rest] = prefixLength < head.length ? first.splitText(prefixLength) : [first];
  prefix!.remove();
  const heading = $createBodyHeadingNode(ordinal.level);
  $replaceBlock(paragraph, heading, true);
  if (!rest || heading.getChildrenSize() !== 1) return;
  const { content, runIn } = splitRunIn(rest.getTextContent());
  if (runIn === null) return;
  const [words] = rest.splitText(content.length);
  const wrapper = $createHeadingWordsNode();
  words!.insertBefore(wrapper);
  wrapper.append(words!);
}
