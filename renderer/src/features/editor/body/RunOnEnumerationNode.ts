/**
 * A run-on enumeration: lead and all items in one paragraph (主要做法：一是……；二是……。). Item
 * boundaries are EnumMarkerNodes, whose 一是/二是 are computed, so deleting one renumbers the rest.
 */
import { $applyNodeReplacement, $createParagraphNode, ElementNode, type LexicalNode, type NodeKey, type ParagraphNode, type SerializedElementNode, type Spread } from 'lexical';
import type { EnumerationStyle } from './EnumItemNode.ts';
import { $replaceBlock } from './guidance-state.ts';

export type SerializedRunOnEnumerationNode = Spread<{ style: EnumerationStyle }, SerializedElementNode>;

export class RunOnEnumerationNode extends ElementNode {
  __enumStyle: EnumerationStyle;

  static override getType(): string {
    return 'body-enum-runon';
  }

  static override clone(node: RunOnEnumerationNode): RunOnEnumerationNode {
    return new RunOnEnumerationNode(node.__enumStyle, node.__key);
  }

  static override importJSON(json: SerializedRunOnEnumerationNode): RunOnEnumerationNode {
    return $createRunOnEnumerationNode(json.style).updateFromJSON(json);
  }

  constructor(style: EnumerationStyle, key?: NodeKey) {
    super(key);
    this.__enumStyle = style;
  }

  override exportJSON(): SerializedRunOnEnumerationNode {
    return { ...super.exportJSON(), type: RunOnEnumerationNode.getType(), version: 1, style: this.__enumStyle };
  }

  getEnumStyle(): EnumerationStyle {
    return this.getLatest().__enumStyle;
  }

  override createDOM(): HTMLElement {
    const block = document.createElement('p');
    block.className = 'body-enum-runon';
    return block;
  }

  override updateDOM(): false {
    return false;
  }

  override insertNewAfter(): ParagraphNode {
    const next = $createParagraphNode();
    this.insertAfter(next);
    return next;
  }

  override collapseAtStart(): true {
    $replaceBlock(this, $createParagraphNode(), true);
    return true;
  }
}

export function $createRunOnEnumerationNode(style: EnumerationStyle): RunOnEnumerationNode {
  return $applyNodeReplacement(new RunOnEnumerationNode(style));
}

export function $isRunOnEnumerationNode(node: LexicalNode | null | undefined): node is RunOnEnumerationNode {
  return node instanceof RunOnEnumerationNode;
}
