/**
 * One paragraph of a one-item-per-paragraph enumeration (一是……。 / 第一，……). Consecutive items
 * of one style form one enumeration; `first` marks where a new one starts so two enumerations
 * side by side stay two. A `lead` paragraph (建议你局：) opens an enumeration without a prefix.
 */
import { $applyNodeReplacement, $createParagraphNode, ElementNode, type ElementDOMSlot, type LexicalNode, type NodeKey, type SerializedElementNode, type Spread } from 'lexical';
import type { EnumerationBlock } from '../../../../../core/model/blocks.ts';
import { blockWithOrdinal, setOrdinal, slotAfterOrdinal } from './ordinal-dom.ts';
import { $replaceBlock } from './guidance-state.ts';

export type EnumerationStyle = EnumerationBlock['style'];
export type EnumItemRole = 'lead' | 'item';
export type SerializedEnumItemNode = Spread<{ style: EnumerationStyle; role: EnumItemRole; first: boolean }, SerializedElementNode>;

export class EnumItemNode extends ElementNode {
  __enumStyle: EnumerationStyle;
  __role: EnumItemRole;
  __startsGroup: boolean;
  /** View state only, like a heading's ordinal. */
  __ordinal = '';

  static override getType(): string {
    return 'body-enum-item';
  }

  static override clone(node: EnumItemNode): EnumItemNode {
    const clone = new EnumItemNode(node.__enumStyle, node.__role, node.__startsGroup, node.__key);
    clone.__ordinal = node.__ordinal;
    return clone;
  }

  static override importJSON(json: SerializedEnumItemNode): EnumItemNode {
    return $createEnumItemNode(json.style, json.role, json.first).updateFromJSON(json);
  }

  constructor(style: EnumerationStyle, role: EnumItemRole, first: boolean, key?: NodeKey) {
    super(key);
    this.__enumStyle = style;
    this.__role = role;
    this.__startsGroup = first;
  }

  override exportJSON(): SerializedEnumItemNode {
    return { ...super.exportJSON(), type: EnumItemNode.getType(), version: 1, style: this.__enumStyle, role: this.__role, first: this.__startsGroup };
  }

  getEnumStyle(): EnumerationStyle {
    return this.getLatest().__enumStyle;
  }

  getRole(): EnumItemRole {
    return this.getLatest().__role;
  }

  isFirst(): boolean {
    return this.getLatest().__startsGroup;
  }

  setOrdinal(ordinal: string): this {
    const writable = this.getWritable();
    writable.__ordinal = ordinal;
    return writable;
  }

  getOrdinal(): string {
    return this.getLatest().__ordinal;
  }

  override createDOM(): HTMLElement {
    return blockWithOrdinal(this.__role === 'lead' ? 'body-enum-item body-enum-lead' : 'body-enum-item', this.__ordinal);
  }

  override updateDOM(prev: EnumItemNode, dom: HTMLElement): boolean {
    if (prev.__role !== this.__role || prev.__enumStyle !== this.__enumStyle) return true;
    setOrdinal(dom, this.__ordinal);
    return false;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return slotAfterOrdinal(super.getDOMSlot(element), element);
  }

  /** Enter makes the next item; the empty-item case (leaving the enumeration) is handled by the Enter command. */
  override insertNewAfter(): EnumItemNode {
    const next = $createEnumItemNode(this.__enumStyle, 'item', false);
    this.insertAfter(next);
    return next;
  }

  /** Backspace at the start turns the item into a plain paragraph; the items after it renumber. */
  override collapseAtStart(): true {
    $replaceBlock(this, $createParagraphNode(), true);
    return true;
  }
}

export function $createEnumItemNode(style: EnumerationStyle, role: EnumItemRole, first: boolean): EnumItemNode {
  return $applyNodeReplacement(new EnumItemNode(style, role, first));
}

export function $isEnumItemNode(node: LexicalNode | null | undefined): node is EnumItemNode {
  return node instanceof EnumItemNode;
}
