/**
 * One edit of a paragraph's printed words carried into the model: the printed text is lined up
 * with the block's inline runs (ordinals like 一、 and 一是 are printed but never stored), and
 * only the runs the edit touches change, so fields elsewhere in the paragraph keep their source.
 * A field the edit touches keeps its provenance with the leader's value, and is named so the
 * writer can check it against the ledger.
 */
import type { Block } from '../model/blocks.ts';
import { inlineItemText, inlineText, type Inline } from '../model/inline.ts';

export interface TextSplice {
  /** Offset in the printed paragraph. */
  at: number;
  remove: number;
  insert: string;
}

/** The inline arrays behind a model path's printed paragraph, in printed order; null for what has none. */
function inlineArrays(block: Block, rest: readonly string[]): Inline[][] | null {
  if (rest.length === 0) {
    if (block.type === 'paragraph') return [block.content];
    if (block.type === 'heading') return block.runIn ? [block.content, block.runIn] : [block.content];
    if (block.type === 'enumeration') return block.runOn ? [block.lead, ...block.items] : [block.lead];
    return null;
  }
  if (block.type === 'enumeration' && rest[0] === 'items') return block.items[Number(rest[1])] ? [block.items[Number(rest[1])]!] : null;
  if (block.type === 'table' && rest[0] === 'rows' && rest[2] === 'cells') {
    const cell = block.rows[Number(rest[1])]?.cells[Number(rest[3])];
    return cell ? [cell.content] : null;
  }
  return null;
}

function spliceInlines(inlines: readonly Inline[], { at, remove, insert }: TextSplice, dataFields: string[]): Inline[] {
  const end = at + remove;
  // New words that replace a field's value go into the field (a retyped number stays a number with its source).
  let offset = 0;
  const host = inlines.findIndex((item) => {
    const start = offset;
    offset += inlineItemText(item).length;
    return item.type === 'field' && Math.max(start, at) < Math.min(offset, end);
  });
  const out: Inline[] = [];
  let inserted = insert === '';
  let position = 0;
  for (const [index, item] of inlines.entries()) {
    const printed = inlineItemText(item);
    const start = position;
    const stop = position + printed.length;
    position = stop;
    const clamp = (x: number) => Math.min(Math.max(x, start), stop) - start;
    const kept = (here: boolean) => printed.slice(0, clamp(at)) + (here ? insert : '') + printed.slice(clamp(end));
    if (item.type === 'text') {
      const here = !inserted && host < 0 && start <= at && at <= stop;
      inserted ||= here;
      const text = kept(here);
      if (text) out.push({ ...item, text });
      continue;
    }
    const inside = (x: number) => start < x && x < stop;
    const touched = Math.max(start, at) < Math.min(stop, end) || inside(at) || inside(end);
    if (!inserted && host < 0 && start >= at) {
      out.push({ type: 'text', text: insert });
      inserted = true;
    }
    if (!touched) {
      out.push(item);
      continue;
    }
    if (item.type === 'break') continue;
    if (item.source) dataFields.push(item.key);
    const here = !inserted && (index === host || inside(at));
    inserted ||= here;
    const value = kept(here);
    if (value) out.push({ ...item, value });
  }
  if (!inserted) out.push({ type: 'text', text: insert });
  return out;
}

export interface BlockEdit {
  block: Block;
  /** Keys of ledger-filled fields whose value the edit changed. */
  dataFields: string[];
}

/** The block with `splice` made to the printed paragraph at `rest` (its path below body.N), or a reason in Chinese why it cannot be. */
export function editBlockText(block: Block, rest: readonly string[], printed: string, splice: TextSplice): BlockEdit | string {
  const copy = structuredClone(block);
  const arrays = inlineArrays(copy, rest);
  if (!arrays) return '这种段落（如表格整体）不能自动修改，请手工修改';
  let cursor = 0;
  for (const inlines of arrays) {
    const text = inlineText(inlines);
    const start = printed.indexOf(text, cursor);
    if (start < 0) return '段落的文字与草稿对不上，请手工修改';
    const stop = start + text.length;
    cursor = stop;
    if (start <= splice.at && splice.at + splice.remove <= stop) {
      const dataFields: string[] = [];
      const edited = spliceInlines(inlines, { ...splice, at: splice.at - start }, dataFields);
      inlines.splice(0, inlines.length, ...edited);
      return { block: copy, dataFields };
    }
  }
  return '改动落在自动编号（如“一、”“一是”）上，请手工修改';
}
