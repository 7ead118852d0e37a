/**
 * Pasted paragraphs → body blocks. A line that starts with a GB/T 9704 ordinal (一、（一）1.（1））
 * becomes a heading of that level whatever its number, since a pasted section lands among
 * headings the importer cannot see; the rest is read as the plain-text import reads a draft
 * (一是/二是 enumerations, paragraphs). A name the writer confirmed in this document as left
 * anonymous on purpose (确认为有意隐去) stays text when pasted again.
 */
import { confirmedToText } from '../../../../../core/gaps/gap-actions.ts';
import { bodyBlocks, splitRunIn } from '../../../../../core/import/body-blocks.ts';
import { inlineContent } from '../../../../../core/import/inline-content.ts';
import { readTypedOrdinal } from '../../../../../core/import/typed-ordinal.ts';
import type { Block } from '../../../../../core/model/blocks.ts';
import type { Inline } from '../../../../../core/model/inline.ts';

function withConfirmedNames(block: Block, confirmed: readonly string[]): Block {
  const keep = (inlines: Inline[]) => confirmedToText(inlines, confirmed) ?? inlines;
  switch (block.type) {
    case 'paragraph':
      return { ...block, content: keep(block.content) };
    case 'heading':
      return { ...block, content: keep(block.content), runIn: block.runIn && keep(block.runIn) };
    case 'enumeration':
      return { ...block, lead: keep(block.lead), items: block.items.map(keep) };
    default:
      return block;
  }
}

export function pastedBlocks(paragraphs: readonly string[], confirmedNames: readonly string[] = []): Block[] {
  const blocks: Block[] = [];
  let plain: { text: string; line: number }[] = [];
  const flush = () => {
    blocks.push(...bodyBlocks(plain, []));
    plain = [];
  };
  paragraphs.forEach((text, index) => {
    const ordinal = readTypedOrdinal(text);
    const words = ordinal?.kind === 'standard' ? text.slice(ordinal.typed.length).trimStart() : '';
    if (ordinal?.kind !== 'standard' || !words) {
      plain.push({ text, line: index + 1 });
      return;
    }
    flush();
    const { content, runIn } = splitRunIn(words);
    blocks.push({ type: 'heading', level: ordinal.level, content: inlineContent(content), runIn: runIn === null ? null : inlineContent(runIn) });
  });
  flush();
  return confirmedNames.length === 0 ? blocks : blocks.map((block) => withConfirmedNames(block, confirmedNames));
}
