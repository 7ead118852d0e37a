/**
 * Every field inline of a document with its path (body.3.content.1, attachments.0.blocks.2.rows.1.cells.0.content.0),
 * visited through one walker that can also replace fields: containers are copied only where a
 * field changed, so the input document is never mutated and untouched blocks are shared.
 */
import type { Block } from '../model/blocks.ts';
import type { GongwenDocument } from '../model/document.ts';
import type { FieldInline, Inline } from '../model/inline.ts';

/** Returns the field itself to leave it as it is. */
export type FieldMapper = (field: FieldInline, path: string) => FieldInline;

function mapInlines(list: Inline[], path: string, map: FieldMapper): Inline[] {
  let copy: Inline[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const inline = list[i]!;
    if (inline.type !== 'field') continue;
    const next = map(inline, `${path}.${i}`);
    if (next !== inline) (copy ??= list.slice())[i] = next;
  }
  return copy ?? list;
}

function mapList<T>(list: T[], mapItem: (item: T, index: number) => T): T[] {
  let copy: T[] | null = null;
  list.forEach((item, index) => {
    const next = mapItem(item, index);
    if (next !== item) (copy ??= list.slice())[index] = next;
  });
  return copy ?? list;
}

function mapBlock(block: Block, path: string, map: FieldMapper): Block {
  switch (block.type) {
    case 'paragraph': {
      const content = mapInlines(block.content, `${path}.content`, map);
      return content === block.content ? block : { ...block, content };
    }
    case 'heading': {
      const content = mapInlines(block.content, `${path}.content`, map);
      const runIn = block.runIn === null ? null : mapInlines(block.runIn, `${path}.runIn`, map);
      return content === block.content && runIn === block.runIn ? block : { ...block, content, runIn };
    }
    case 'enumeration': {
      const lead = mapInlines(block.lead, `${path}.lead`, map);
      const items = mapList(block.items, (item, i) => mapInlines(item, `${path}.items.${i}`, map));
      return lead === block.lead && items === block.items ? block : { ...block, lead, items };
    }
    case 'table': {
      const rows = mapList(block.rows, (row, r) => {
        const cells = mapList(row.cells, (cell, c) => {
          const content = mapInlines(cell.content, `${path}.rows.${r}.cells.${c}.content`, map);
          return content === cell.content ? cell : { ...cell, content };
        });
        return cells === row.cells ? row : { ...row, cells };
      });
      return rows === block.rows ? block : { ...block, rows };
    }
    case 'pageBreak':
      return block;
  }
}

/** The document with every field passed through `map`; the same object when nothing changed. */
export function mapFields(document: GongwenDocument, map: FieldMapper): GongwenDocument {
  const body = mapList(document.body, (block, i) => mapBlock(block, `body.${i}`, map));
  const attachments = mapList(document.attachments, (attachment, a) => {
    const blocks = mapList(attachment.blocks, (block, i) => mapBlock(block, `attachments.${a}.blocks.${i}`, map));
    return blocks === attachment.blocks ? attachment : { ...attachment, blocks };
  });
  return body === document.body && attachments === document.attachments ? document : { ...document, body, attachments };
}

export interface FieldSlot {
  path: string;
  field: FieldInline;
}

export function fieldSlots(document: GongwenDocument): FieldSlot[] {
  const slots: FieldSlot[] = [];
  mapFields(document, (field, path) => {
    slots.push({ path, field });
    return field;
  });
  return slots;
}
