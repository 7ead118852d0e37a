/** The heading sentence of a run-in heading (（一）强化政治监督。), kept apart from the body that runs in after it. */
import { $applyNodeReplacement, ElementNode, type LexicalNode, type SerializedElementNode } from 'lexical';

export class HeadingWordsNode extends ElementNode {
  static override getType(): string {
    return 'body-heading-words';
  }

  static override clone(node: HeadingWordsNode): HeadingWordsNode {
    return new HeadingWordsNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): HeadingWordsNode {
    return $createHeadingWordsNode().updateFromJSON(json);
  }

  override exportJSON(): SerializedElementNode {
    return { ...super.exportJSON(), type: HeadingWordsNode.getType(), version: 1 };
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'body-heading-words';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  /** Typing right after the heading sentence is the run-in body, not more heading words. */
  override canInsertTextAfter(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }
}

export function $createHeadingWordsNode(): HeadingWordsNode {
  return $applyNodeReplacement(new HeadingWordsNode());
}

export function $isHeadingWordsNode(node: LexicalNode | null | undefined): node is HeadingWordsNode {
  return node instanceof HeadingWordsNode;
}
