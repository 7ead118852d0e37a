/**
 * Making a heading run-in or standalone. Run-in: the words up to the first sentence end (as the
 * importer splits them) become the heading sentence and the rest is body in the same paragraph.
 */
import { $isTextNode, type LexicalNode } from 'lexical';
import { splitRunIn } from '../../../../../core/import/body-blocks.ts';
import { $isBodyHeadingNode, type BodyHeadingNode } from './HeadingNode.ts';
import { $createHeadingWordsNode, $isHeadingWordsNode } from './HeadingWordsNode.ts';

export const $isRunIn = (heading: BodyHeadingNode): boolean => $isHeadingWordsNode(heading.getFirstChild());

/** False when the heading has no sentence end followed by more words, so nothing could run in. */
export function $toggleRunIn(node: LexicalNode | null): boolean {
  if (!$isBodyHeadingNode(node)) return false;
  const words = node.getFirstChild();
  if ($isHeadingWordsNode(words)) {
    for (const child of words.getChildren()) words.insertBefore(child);
    words.remove();
    return true;
  }
  const { content, runIn } = splitRunIn(node.getTextContent());
  if (runIn === null) return false;
  const wrapper = $createHeadingWordsNode();
  let remaining = content.length;
  const moved: LexicalNode[] = [];
  for (const child of node.getChildren()) {
    if (remaining <= 0) break;
    const size = child.getTextContentSize();
    if (size <= remaining || !$isTextNode(child)) {
      moved.push(child);
      remaining -= size;
    } else {
      const [head] = child.splitText(remaining);
      moved.push(head!);
      remaining = 0;
    }
  }
  node.getFirstChildOrThrow().insertBefore(wrapper);
  wrapper.append(...moved);
  return true;
}
