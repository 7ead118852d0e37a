/**
 * Body paragraphs → blocks: headings from their ordinals (standalone or run-in), 一是/二是
 * enumerations (run on in one paragraph or one item per paragraph) and plain paragraphs.
 * An ordinal is stripped only when it is the next one the model would compute at that
 * level; otherwise the paragraph keeps its text so nothing is renumbered or reordered.
 */
import type { Block, HeadingBlock } from '../model/blocks.ts';
import { headingOrdinal } from '../model/ordinals.ts';
import { inlineContent } from './inline-content.ts';
import { readRunOnEnumeration, readStandaloneItem, standaloneFirstItemStyle } from './enumeration-text.ts';
import type { ImportNotice } from './notices.ts';
import type { SourceParagraph } from './source-text.ts';
import { readTypedOrdinal } from './typed-ordinal.ts';

/** A heading sentence ends at 。！？, or at ： when the writer introduces the body with a colon. */
const sentenceEnd = /[。！？：]/u;
const opening = new Set(['“', '‘', '《', '（', '(', '「', '【']);
const closing = new Set(['”', '’', '》', '）', ')', '」', '】']);

/** Heading words up to the first sentence end outside quotes and brackets; the rest runs in. */
export function splitRunIn(words: string): { content: string; runIn: string | null } {
  let depth = 0;
  for (let i = 0; i < words.length; i++) {
    const ch = words[i]!;
    if (opening.has(ch)) depth++;
    else if (closing.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && sentenceEnd.test(ch)) {
      const rest = words.slice(i + 1);
      return rest.trim() ? { content: words.slice(0, i + 1), runIn: rest.trimStart() } : { content: words, runIn: null };
    }
  }
  return { content: words, runIn: null };
}

export function bodyBlocks(paragraphs: readonly SourceParagraph[], notices: ImportNotice[]): Block[] {
  const counters = [0, 0, 0, 0, 0];
  const blocks: Block[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const { text, line } = paragraphs[i]!;
    const ordinal = readTypedOrdinal(text);
    if (ordinal?.kind === 'standard') {
      const level = ordinal.level;
      const expected = counters[level]! + 1;
      const words = text.slice(ordinal.typed.length).trimStart();
      if (ordinal.n === expected && words) {
        counters[level] = expected;
        for (let deeper = level + 1; deeper <= 4; deeper++) counters[deeper] = 0;
        const printed = headingOrdinal(level, expected);
        if (printed !== ordinal.typed) notices.push({ kind: 'ordinalRewritten', line, offset: 0, typed: ordinal.typed, printed });
        blocks.push(heading(level, words));
        continue;
      }
      notices.push({ kind: 'ordinalKeptAsText', line, typed: ordinal.typed, expected: headingOrdinal(level, expected) });
    } else if (ordinal?.kind === 'nonstandard') {
      notices.push({ kind: 'ordinalKeptAsText', line, typed: ordinal.typed, expected: null });
    }

    const style = standaloneFirstItemStyle(text);
    if (style) {
      const items: string[] = [];
      for (let j = i; j < paragraphs.length; j++) {
        const item = readStandaloneItem(paragraphs[j]!.text, style, items.length + 1);
        if (item === null) break;
        items.push(item);
      }
      if (items.length >= 2) {
        blocks.push({ type: 'enumeration', style, runOn: false, lead: [], items: items.map(inlineContent) });
        i += items.length - 1;
        continue;
      }
    }
    const runOn = readRunOnEnumeration(text);
    if (runOn) {
      blocks.push({ type: 'enumeration', style: runOn.style, runOn: true, lead: inlineContent(runOn.lead), items: runOn.items.map(inlineContent) });
      continue;
    }
    blocks.push({ type: 'paragraph', content: inlineContent(text) });
  }
  return blocks;
}

function heading(level: HeadingBlock['level'], words: string): HeadingBlock {
  const { content, runIn } = splitRunIn(words);
  return { type: 'heading', level, content: inlineContent(content), runIn: runIn === null ? null : inlineContent(runIn) };
}
