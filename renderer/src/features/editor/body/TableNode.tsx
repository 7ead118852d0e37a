/** A body table: the model's table block held whole, shown with editable cells; spans and widths are never touched here. */
import type { ReactNode } from 'react';
import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { TableBlock } from '../../../../../core/model/blocks.ts';
import { decoratorHost } from './decorator-host.ts';
import { TableView } from './TableView.tsx';

export type SerializedBodyTableNode = Spread<{ table: TableBlock }, SerializedLexicalNode>;

export class BodyTableNode extends DecoratorNode<ReactNode> {
  __table: TableBlock;

  static override getType(): string {
    return 'body-table';
  }

  static override clone(node: BodyTableNode): BodyTableNode {
    return new BodyTableNode(node.__table, node.__key);
  }

  static override importJSON(json: SerializedBodyTableNode): BodyTableNode {
    return $createBodyTableNode(json.table);
  }

  constructor(table: TableBlock, key?: NodeKey) {
    super(key);
    this.__table = table;
  }

  override exportJSON(): SerializedBodyTableNode {
    return { ...super.exportJSON(), type: BodyTableNode.getType(), version: 1, table: this.__table };
  }

  getTable(): TableBlock {
    return this.getLatest().__table;
  }

  setTable(table: TableBlock): this {
    const writable = this.getWritable();
    writable.__table = table;
    return writable;
  }

  override createDOM(): HTMLElement {
    return decoratorHost('div', 'body-table-host');
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return this.getLatest()
      .__table.rows.map((row) =>
        row.cells.map((cell) => cell.content.map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'field' ? (inline.value ?? '') : '\n')).join('')).join('\t'),
      )
      .join('\n');
  }

  override decorate(): ReactNode {
    return <TableView nodeKey={this.__key} table={this.__table} />;
  }
}

export function $createBodyTableNode(table: TableBlock): BodyTableNode {
  return $applyNodeReplacement(new BodyTableNode(table));
}

export function $isBodyTableNode(node: LexicalNode | null | undefined): node is BodyTableNode {
  return node instanceof BodyTableNode;
}
