/** A field in the body: an atomic inline chip with the value (or 【key】, or a gap's ×, while unfilled) and where the value came from. */
import type { ReactNode } from 'react';
import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import { unfilledFieldText, type FieldInline, type Gap, type Provenance } from '../../../../../core/model/inline.ts';
import type { Binding } from '../../../../../core/template/binding-schema.ts';
import { decoratorHost } from './decorator-host.ts';
import { FieldNodeChip } from './FieldNodeChip.tsx';

export type SerializedFieldNode = Spread<{ fieldKey: string; value: string | null; source: Provenance | null; gap?: Gap }, SerializedLexicalNode>;

export class FieldNode extends DecoratorNode<ReactNode> {
  __fieldKey: string;
  __value: string | null;
  __source: Provenance | null;
  __gap: Gap | undefined;

  static override getType(): string {
    return 'body-field';
  }

  static override clone(node: FieldNode): FieldNode {
    return new FieldNode(node.__fieldKey, node.__value, node.__source, node.__gap, node.__key);
  }

  static override importJSON(json: SerializedFieldNode): FieldNode {
    return $createFieldNode({ type: 'field', key: json.fieldKey, value: json.value, source: json.source, ...(json.gap ? { gap: json.gap } : {}) });
  }

  constructor(fieldKey: string, value: string | null, source: Provenance | null, gap: Gap | undefined, key?: NodeKey) {
    super(key);
    this.__fieldKey = fieldKey;
    this.__value = value;
    this.__source = source;
    this.__gap = gap;
  }

  override exportJSON(): SerializedFieldNode {
    return { ...super.exportJSON(), type: FieldNode.getType(), version: 1, fieldKey: this.__fieldKey, value: this.__value, source: this.__source, ...(this.__gap ? { gap: this.__gap } : {}) };
  }

  override createDOM(): HTMLElement {
    return decoratorHost('span', 'field-chip-host');
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    const self = this.getLatest();
    return self.__value ?? unfilledFieldText({ key: self.__fieldKey, gap: self.__gap });
  }

  getField(): FieldInline {
    const self = this.getLatest();
    return { type: 'field', key: self.__fieldKey, value: self.__value, source: self.__source, ...(self.__gap ? { gap: self.__gap } : {}) };
  }

  /** A value the writer typed has no ledger behind it, so a ledger refresh leaves it alone. */
  setTypedValue(value: string | null): this {
    const writable = this.getWritable();
    writable.__value = value;
    writable.__source = null;
    if (writable.__gap?.binding) writable.__gap = { marker: writable.__gap.marker, kind: writable.__gap.kind };
    return writable;
  }

  /** A value taken from a ledger keeps where it came from, so it is traced and refreshed like a template field. */
  setSourcedValue(value: string, source: Provenance, binding?: Binding): this {
    const writable = this.getWritable();
    writable.__value = value;
    writable.__source = source;
    if (writable.__gap && binding) writable.__gap = { ...writable.__gap, binding };
    return writable;
  }

  override decorate(): ReactNode {
    return <FieldNodeChip nodeKey={this.__key} field={this.getField()} />;
  }
}

export function $createFieldNode(field: FieldInline): FieldNode {
  return $applyNodeReplacement(new FieldNode(field.key, field.value, field.source, field.gap));
}

export function $isFieldNode(node: LexicalNode | null | undefined): node is FieldNode {
  return node instanceof FieldNode;
}
