/**
 * The model's body blocks ⇄ the editor's nodes. The model is the truth: the editor is built from
 * the blocks and the blocks are read back from the editor after every change. Ordinals live only
 * in the view; empty paragraphs (a writer's spare Enter) are not blocks.
 */
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isParagraphNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { Block, EnumerationBlock } from '../../../../../core/model/blocks.ts';
import type { Inline } from '../../../../../core/model/inline.ts';
import { $createEnumItemNode, $isEnumItemNode, type EnumItemNode } from './EnumItemNode.ts';
import { $createEnumMarkerNode, $isEnumMarkerNode } from './EnumMarkerNode.ts';
import { $createFieldNode, $isFieldNode } from './FieldNode.tsx';
import { $getGuidance, $setGuidance } from './guidance-state.ts';
import { $createBodyHeadingNode, $isBodyHeadingNode } from './HeadingNode.ts';
import { $createHeadingWordsNode, $isHeadingWordsNode } from './HeadingWordsNode.ts';
import { $createPageBreakNode, $isPageBreakNode } from './PageBreakNode.ts';
import { $createRunOnEnumerationNode, $isRunOnEnumerationNode } from './RunOnEnumerationNode.ts';
import { $createBodyTableNode, $isBodyTableNode } from './TableNode.tsx';

export function $inlineNodes(content: readonly Inline[]): LexicalNode[] {
  return content.flatMap((inline): LexicalNode[] => {
    switch (inline.type) {
      case 'text': {
        if (inline.text === '') return [];
        const node = $createTextNode(inline.text);
        if (inline.bold) node.setFormat('bold');
        return [node];
      }
      case 'break':
        return [$createLineBreakNode()];
      case 'field':
        return [$createFieldNode(inline)];
    }
  });
}

/** Inline content of nodes; inline elements (run-in heading words out of place) read as their children. */
export function $inlineFromNodes(nodes: readonly LexicalNode[]): Inline[] {
  const content: Inline[] = [];
  const push = (inline: Inline) => {
    const last = content.at(-1);
    if (inline.type === 'text' && last?.type === 'text' && Boolean(last.bold) === Boolean(inline.bold)) content[content.length - 1] = { ...last, text: last.text + inline.text };
    else content.push(inline);
  };
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node)) {
      const text = node.getTextContent();
      if (text) push(node.hasFormat('bold') ? { type: 'text', text, bold: true } : { type: 'text', text });
    } else if ($isLineBreakNode(node)) push({ type: 'break' });
    else if ($isFieldNode(node)) push(node.getField());
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  nodes.forEach(visit);
  return content;
}

function $withChildren<T extends ElementNode>(element: T, content: readonly Inline[]): T {
  element.append(...$inlineNodes(content));
  return element;
}

/** The top-level nodes of one block; its guidance rides on the first. */
export function $nodesFromBlock({ guidance, ...block }: Block): LexicalNode[] {
  const nodes = $nodesOf(block);
  if (guidance && nodes[0]) $setGuidance(nodes[0], guidance);
  return nodes;
}

function $nodesOf(block: Block): LexicalNode[] {
  switch (block.type) {
    case 'paragraph':
      return [$withChildren($createParagraphNode(), block.content)];
    case 'heading': {
      const heading = $createBodyHeadingNode(block.level);
      if (block.runIn === null) return [$withChildren(heading, block.content)];
      return [heading.append($withChildren($createHeadingWordsNode(), block.content), ...$inlineNodes(block.runIn))];
    }
    case 'enumeration':
      return $enumerationNodes(block);
    case 'table':
      return [$createBodyTableNode(block)];
    case 'pageBreak':
      return [$createPageBreakNode()];
  }
}

function $enumerationNodes(block: EnumerationBlock): LexicalNode[] {
  if (block.runOn) {
    const paragraph = $withChildren($createRunOnEnumerationNode(block.style), block.lead);
    for (const item of block.items) paragraph.append($createEnumMarkerNode(), ...$inlineNodes(item));
    return [paragraph];
  }
  const lead = block.lead.length > 0 ? [$withChildren($createEnumItemNode(block.style, 'lead', true), block.lead)] : [];
  return [...lead, ...block.items.map((item, i) => $withChildren($createEnumItemNode(block.style, 'item', i === 0), item))];
}

/**
 * Replaces the root's children with the blocks; an empty body still gets a paragraph to type in.
 * Returns which block each top-level node shows (by its index in `blocks`).
 */
export function $setBlocks(blocks: readonly Block[]): Map<NodeKey, number> {
  const root = $getRoot();
  const placed = new Map<NodeKey, number>();
  root.clear();
  blocks.forEach((block, index) => {
    const nodes = $nodesFromBlock(block);
    for (const node of nodes) placed.set(node.getKey(), index);
    root.append(...nodes);
  });
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
  return placed;
}

/** A fresh editor state holding the blocks, e.g. for a headless editor in tests. */
export function blocksToEditorState(editor: LexicalEditor, blocks: readonly Block[]) {
  editor.update(() => $setBlocks(blocks), { discrete: true });
  return editor.getEditorState();
}

/** One top-level node's place in the block list: which block it belongs to. */
export interface PlacedNode {
  node: LexicalNode;
  block: number;
}

interface Group {
  style: EnumerationBlock['style'];
  lead: EnumItemNode | null;
  items: EnumItemNode[];
}

const isBlank = (content: readonly Inline[]): boolean => content.every((inline) => inline.type === 'text' && inline.text.trim() === '');

/** Walks the root once, giving both the blocks and which block each top-level node became. */
export function $readRoot(): { blocks: Block[]; placed: Map<NodeKey, number> } {
  const blocks: Block[] = [];
  const placed = new Map<NodeKey, number>();
  let group: Group | null = null;
  const push = (block: Block, first: LexicalNode) => {
    const guidance = $getGuidance(first);
    blocks.push(guidance ? { ...block, guidance } : block);
  };
  const closeGroup = () => {
    if (!group) return;
    const lead = group.lead ? $inlineFromNodes(group.lead.getChildren()) : [];
    const first = group.lead ?? group.items[0]!;
    if (group.items.length > 0)
      push({ type: 'enumeration', style: group.style, runOn: false, lead, items: group.items.map((item) => $inlineFromNodes(item.getChildren())) }, first);
    else if (!isBlank(lead)) push({ type: 'paragraph', content: lead }, first);
    group = null;
  };
  for (const node of $getRoot().getChildren()) {
    if ($isEnumItemNode(node)) {
      const joins: boolean = group !== null && group.style === node.getEnumStyle() && node.getRole() === 'item' && (!node.isFirst() || group.items.length === 0);
      if (!joins) {
        closeGroup();
        group = { style: node.getEnumStyle(), lead: null, items: [] };
      }
      if (node.getRole() === 'lead') group!.lead = node;
      else group!.items.push(node);
      placed.set(node.getKey(), blocks.length);
      continue;
    }
    closeGroup();
    const block = $blockOf(node);
    if (block) {
      placed.set(node.getKey(), blocks.length);
      push(block, node);
    }
  }
  closeGroup();
  return { blocks, placed };
}

function $blockOf(node: LexicalNode): Block | null {
  if ($isBodyHeadingNode(node)) {
    const [first, ...rest] = node.getChildren();
    if ($isHeadingWordsNode(first)) return { type: 'heading', level: node.getLevel(), content: $inlineFromNodes(first.getChildren()), runIn: $inlineFromNodes(rest) };
    return { type: 'heading', level: node.getLevel(), content: $inlineFromNodes(node.getChildren()), runIn: null };
  }
  if ($isRunOnEnumerationNode(node)) {
    const segments: LexicalNode[][] = [[]];
    for (const child of node.getChildren()) {
      if ($isEnumMarkerNode(child)) segments.push([]);
      else segments.at(-1)!.push(child);
    }
    const [lead, ...items] = segments.map($inlineFromNodes);
    if (items.length === 0) return isBlank(lead!) ? null : { type: 'paragraph', content: lead! };
    return { type: 'enumeration', style: node.getEnumStyle(), runOn: true, lead: lead!, items };
  }
  if ($isBodyTableNode(node)) return node.getTable();
  if ($isPageBreakNode(node)) return { type: 'pageBreak' };
  if ($isParagraphNode(node) || $isElementNode(node)) {
    const content = $inlineFromNodes(node.getChildren());
    return isBlank(content) ? null : { type: 'paragraph', content };
  }
  return null;
}

export function $blocksFromRoot(): Block[] {
  return $readRoot().blocks;
}
