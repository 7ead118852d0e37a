/** Where an item of a run-on enumeration starts; shows its computed 一是/第一， and is deleted whole. */
import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';

export class EnumMarkerNode extends DecoratorNode<null> {
  /** View state only, set by the numbering transform. */
  __ordinal = '';

  static override getType(): string {
    return 'body-enum-marker';
  }

  static override clone(node: EnumMarkerNode): EnumMarkerNode {
    const clone = new EnumMarkerNode(node.__key);
    clone.__ordinal = node.__ordinal;
    return clone;
  }

  static override importJSON(): EnumMarkerNode {
    return $createEnumMarkerNode();
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override exportJSON(): SerializedLexicalNode {
    return { ...super.exportJSON(), type: EnumMarkerNode.getType(), version: 1 };
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
    const span = document.createElement('span');
    span.className = 'body-enum-marker';
    span.contentEditable = 'false';
    span.textContent = this.__ordinal;
    return span;
  }

  override updateDOM(prev: EnumMarkerNode, dom: HTMLElement): false {
    if (prev.__ordinal !== this.__ordinal) dom.textContent = this.__ordinal;
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return this.getLatest().__ordinal;
  }

  override decorate(): null {
    return null;
  }
}

export function $createEnumMarkerNode(): EnumMarkerNode {
  return $applyNodeReplacement(new EnumMarkerNode());
}

export function $isEnumMarkerNode(node: LexicalNode | null | undefined): node is EnumMarkerNode {
  return node instanceof EnumMarkerNode;
}
