/** Every field in a document with where it sits, for the 数据来源 list and for refreshing values. */
import type { Block } from './blocks.ts';
import type { GongwenDocument } from './document.ts';
import type { FieldInline, Inline } from './inline.ts';

export interface PlacedField {
  /** The block the field is in, e.g. body.3 or attachments.0.blocks.2. */
  path: string;
  field: FieldInline;
}

function inlinesOf(block: Block): Inline[] {
  switch (block.type) {
    case 'paragraph':
      return block.content;
    case 'heading':
      return [...block.content, ...(block.runIn ?? [])];
    case 'enumeration':
      return [...block.lead, ...block.items.flat()];
    case 'table':
      return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.content));
    case 'pageBreak':
      return [];
  }
}

function fieldsOf(blocks: readonly Block[], prefix: string): PlacedField[] {
  return blocks.flatMap((block, index) =>
    inlinesOf(block)
      .filter((inline): inline is FieldInline => inline.type === 'field')
      .map((field) => ({ path: `${prefix}.${index}`, field })),
  );
}

export function documentFields(document: GongwenDocument): PlacedField[] {
  return [...fieldsOf(document.body, 'body'), ...document.attachments.flatMap((attachment, i) => fieldsOf(attachment.blocks, `attachments.${i}.blocks`))];
}
