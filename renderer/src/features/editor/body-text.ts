/**
 * The body as lines of text for the editor, and back. Typed text is read the way the
 * plain-text import reads a draft; a block the writer did not change comes back as it was,
 * so its fields keep their values and provenance, and tables and page breaks (shown as one
 * marker line each) survive editing around them.
 */
import { bodyBlocks } from '../../../../core/import/body-blocks.ts';
import type { Block } from '../../../../core/model/blocks.ts';
import { inlineText } from '../../../../core/model/inline.ts';
import { composeBlocks } from '../../../../core/typeset/compose-body.ts';

export interface BodyText {
  lines: string[];
  /** Unchanged blocks by what they say, to be handed back instead of a re-read copy. */
  keep: Map<string, Block>;
}

const pageBreakMarker = '［分页］';

function keyOf(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `p|${inlineText(block.content)}`;
    case 'heading':
      return `h${block.level}|${inlineText(block.content)}|${block.runIn ? inlineText(block.runIn) : ''}`;
    case 'enumeration':
      return `e|${block.style}|${block.runOn}|${inlineText(block.lead)}|${block.items.map(inlineText).join('\u0001')}`;
    case 'table':
    case 'pageBreak':
      return '';
  }
}

export function bodyText(blocks: readonly Block[]): BodyText {
  const printed = new Map<number, string[]>();
  for (const item of composeBlocks(blocks, 'body')) {
    if (item.kind !== 'paragraph') continue;
    const index = Number(/^body\.(\d+)/.exec(item.source ?? '')?.[1]);
    if (Number.isNaN(index)) continue;
    printed.set(index, [...(printed.get(index) ?? []), item.runs.map((r) => (r.lineBreak ? '\n' : r.text)).join('')]);
  }
  const lines: string[] = [];
  const keep = new Map<string, Block>();
  let tables = 0;
  blocks.forEach((block, index) => {
    if (block.type === 'table') {
      const marker = `［表格${++tables}：${block.rows.length}行×${block.columnWidths.length}列］`;
      lines.push(marker);
      keep.set(`p|${marker}`, block);
    } else if (block.type === 'pageBreak') {
      lines.push(pageBreakMarker);
    } else {
      lines.push(...(printed.get(index) ?? []));
      keep.set(keyOf(block), block);
    }
  });
  return { lines, keep };
}

export function blocksFromLines(lines: readonly string[], keep: ReadonlyMap<string, Block>): Block[] {
  const paragraphs = lines.map((text, index) => ({ text, line: index + 1 })).filter((p) => p.text.trim() !== '');
  return bodyBlocks(paragraphs, []).map((block) => {
    if (block.type === 'paragraph' && inlineText(block.content) === pageBreakMarker) return { type: 'pageBreak' };
    return keep.get(keyOf(block)) ?? block;
  });
}
