/** A page break in the body: the next block starts a new page. */
import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type SerializedLexicalNode } from 'lexical';

export class PageBreakNode extends DecoratorNode<null> {
  static override getType(): string {
    return 'body-page-break';
  }

  static override clone(node: PageBreakNode): PageBreakNode {
    return new PageBreakNode(node.__key);
  }

  static override importJSON(): PageBreakNode {
    return $createPageBreakNode();
  }

  override exportJSON(): SerializedLexicalNode {
    return { ...super.exportJSON(), type: PageBreakNode.getType(), version: 1 };
  }

  override createDOM(): HTMLElement {
    const rule = document.createElement('div');
    rule.className = 'body-page-break';
    rule.contentEditable = 'false';
    rule.setAttribute('role', 'separator');
    rule.setAttribute('aria-label', '分页符');
    rule.dataset.label = '分页';
    return rule;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '\n';
  }

  override decorate(): null {
    return null;
  }
}

export function $createPageBreakNode(): PageBreakNode {
  return $applyNodeReplacement(new PageBreakNode());
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}
