/** The paragraph kinds the writer switches between (toolbar and Ctrl+0…6), and switching the selected paragraphs. */
import { $createParagraphNode, $getSelection, $isElementNode, $isRangeSelection, $isRootNode, type ElementNode, type LexicalNode } from 'lexical';
import { $createEnumItemNode, $isEnumItemNode, type EnumerationStyle } from './EnumItemNode.ts';
import { $isEnumMarkerNode } from './EnumMarkerNode.ts';
import { $createBodyHeadingNode, $isBodyHeadingNode, type HeadingLevel } from './HeadingNode.ts';
import { $isRunOnEnumerationNode } from './RunOnEnumerationNode.ts';
import { $replaceBlock } from './guidance-state.ts';

export type BlockKind = 'paragraph' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'yishi' | 'diyi';

export const blockKinds: { kind: BlockKind; label: string }[] = [
  { kind: 'paragraph', label: '正文段落' },
  { kind: 'heading1', label: '一级标题　一、' },
  { kind: 'heading2', label: '二级标题　（一）' },
  { kind: 'heading3', label: '三级标题　1.' },
  { kind: 'heading4', label: '四级标题　（1）' },
  { kind: 'yishi', label: '分项　一是、二是' },
  { kind: 'diyi', label: '分项　第一，第二，' },
];

const headingLevels: Record<string, HeadingLevel> = { heading1: 1, heading2: 2, heading3: 3, heading4: 4 };

export function $blockKindOf(node: LexicalNode): BlockKind | null {
  if ($isBodyHeadingNode(node)) return `heading${node.getLevel()}`;
  if ($isEnumItemNode(node) || $isRunOnEnumerationNode(node)) return node.getEnumStyle();
  if ($isRootNode(node)) return null;
  return 'paragraph';
}

/** The top-level paragraphs the selection touches, in order. */
export function $selectedBlocks(): ElementNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks: ElementNode[] = [];
  for (const node of [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()]) {
    const top = $isRootNode(node) ? null : node.getTopLevelElement();
    if ($isElementNode(top) && !blocks.some((b) => b.is(top))) blocks.push(top);
  }
  return blocks.sort((a, b) => a.getIndexWithinParent() - b.getIndexWithinParent());
}

function $create(kind: BlockKind, previous: LexicalNode | null): ElementNode {
  const level = headingLevels[kind];
  if (level) return $createBodyHeadingNode(level);
  if (kind === 'yishi' || kind === 'diyi') {
    const style: EnumerationStyle = kind;
    const continues = $isEnumItemNode(previous) && previous.getEnumStyle() === style;
    return $createEnumItemNode(style, 'item', !continues);
  }
  return $createParagraphNode();
}

/** Switches the selected paragraphs to `kind`, keeping their words; a run-on enumeration's markers go. */
export function $setBlockKind(kind: BlockKind): void {
  for (const block of $selectedBlocks()) {
    if ($blockKindOf(block) === kind) continue;
    if (!block.isInline() && ($isBodyHeadingNode(block) || $isEnumItemNode(block) || $isRunOnEnumerationNode(block) || block.getType() === 'paragraph')) {
      if ($isRunOnEnumerationNode(block))
        block
          .getChildren()
          .filter($isEnumMarkerNode)
          .forEach((marker) => marker.remove());
      $replaceBlock(block, $create(kind, block.getPreviousSibling()), true);
    }
  }
}
