/**
 * A heading of level 1–4. The ordinal (一、（一）1.（1）) is computed from the headings before it
 * (see numbering.ts) and shown, never stored. A run-in heading keeps its heading sentence in a
 * HeadingWordsNode as its first child; what follows is the body run in to the same paragraph.
 */
import {
  $applyNodeReplacement,
  $createParagraphNode,
  ElementNode,
  type ElementDOMSlot,
  type LexicalNode,
  type NodeKey,
  type ParagraphNode,
  type RangeSelection,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import type { HeadingBlock } from '../../../../../core/model/blocks.ts';
import { blockWithOrdinal, setOrdinal, slotAfterOrdinal } from './ordinal-dom.ts';
import { $getGuidance, $replaceBlock, $setGuidance } from './guidance-state.ts';

export type HeadingLevel = HeadingBlock['level'];
export type SerializedBodyHeadingNode = Spread<{ level: HeadingLevel }, SerializedElementNode>;

export class BodyHeadingNode extends ElementNode {
  __level: HeadingLevel;
  /** View state only: refreshed by the numbering transform, never read back into the model. */
  __ordinal = '';

  static override getType(): string {
    return 'body-heading';
  }

  static override clone(node: BodyHeadingNode): BodyHeadingNode {
    const clone = new BodyHeadingNode(node.__level, node.__key);
    clone.__ordinal = node.__ordinal;
    return clone;
  }

  static override importJSON(json: SerializedBodyHeadingNode): BodyHeadingNode {
    return $createBodyHeadingNode(json.level).updateFromJSON(json);
  }

  constructor(level: HeadingLevel, key?: NodeKey) {
    super(key);
    this.__level = level;
  }

  override exportJSON(): SerializedBodyHeadingNode {
    return { ...super.exportJSON(), type: BodyHeadingNode.getType(), version: 1, level: this.__level };
  }

  getLevel(): HeadingLevel {
    return this.getLatest().__level;
  }

  getOrdinal(): string {
    return this.getLatest().__ordinal;
  }

  setOrdinal(ordinal: string): this {
    const writable = this.getWritable();
    writable.__ordinal = ordinal;
    return writable;
  }

  override createDOM(): HTMLElement {
    return blockWithOrdinal(`body-heading body-heading-${this.__level}`, this.__ordinal);
  }

  override updateDOM(prev: BodyHeadingNode, dom: HTMLElement): boolean {
    if (prev.__level !== this.__level) return true;
    setOrdinal(dom, this.__ordinal);
    return false;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return slotAfterOrdinal(super.getDOMSlot(element), element);
  }

  /** Enter at the end starts a body paragraph; Enter at the start leaves an empty paragraph above the heading. */
  override insertNewAfter(selection: RangeSelection, restoreSelection = true): ParagraphNode | BodyHeadingNode {
    const { anchor } = selection;
    const last = this.getLastDescendant();
    // Beside a chip at either edge the caret rests on the heading itself, not on a text node.
    const onSelf = anchor.type === 'element' && anchor.key === this.getKey();
    const atEnd = !last || (onSelf ? anchor.offset === this.getChildrenSize() : anchor.key === last.getKey() && anchor.offset === last.getTextContentSize());
    const atStart = anchor.offset === 0 && (onSelf || this.getFirstDescendant()?.getKey() === anchor.key);
    const next = atEnd ? $createParagraphNode() : $createBodyHeadingNode(this.__level);
    this.insertAfter(next, restoreSelection);
    if (atStart && !atEnd && !this.isEmpty()) {
      const paragraph = $createParagraphNode();
      paragraph.select();
      // The words moved down into `next`; their guidance goes with them.
      $setGuidance(next, $getGuidance(this));
      this.replace(paragraph, true);
    }
    return next;
  }

  /** Backspace at the start turns the heading back into a body paragraph, keeping its words. */
  override collapseAtStart(): true {
    $replaceBlock(this, $createParagraphNode(), true);
    return true;
  }
}

export function $createBodyHeadingNode(level: HeadingLevel): BodyHeadingNode {
  return $applyNodeReplacement(new BodyHeadingNode(level));
}

export function $isBodyHeadingNode(node: LexicalNode | null | undefined): node is BodyHeadingNode {
  return node instanceof BodyHeadingNode;
}
