/**
 * 一是/二是 (and 第一，第二，) enumerations in typed text. A prefix counts only at the start of
 * the paragraph or after punctuation, so 统一是 or 全省第一， never start an item, and the
 * items must run 一, 二, 三 … without a gap; anything else stays plain text.
 */
import type { EnumerationBlock } from '../model/blocks.ts';
import { enumerationPrefix } from '../model/ordinals.ts';

export type EnumerationStyle = EnumerationBlock['style'];

export interface TypedEnumeration {
  style: EnumerationStyle;
  lead: string;
  items: string[];
}

const styles: readonly EnumerationStyle[] = ['yishi', 'diyi'];
const boundary = /[。；：！？，\s]/u;
const maxItems = 99;

/** Index of `prefix` at a boundary, searching from `from`, or -1. */
export function findPrefix(text: string, prefix: string, from = 0): number {
  for (let at = text.indexOf(prefix, from); at !== -1; at = text.indexOf(prefix, at + 1)) {
    if (at === 0 || boundary.test(text[at - 1]!)) return at;
  }
  return -1;
}

/** Two or more items run on in one paragraph, each with some words after its prefix. */
export function readRunOnEnumeration(text: string): TypedEnumeration | null {
  for (const style of styles) {
    const starts: number[] = [];
    let from = 0;
    for (let n = 1; n <= maxItems; n++) {
      const at = findPrefix(text, enumerationPrefix(style, n), from);
      if (at === -1) break;
      starts.push(at);
      from = at + enumerationPrefix(style, n).length;
    }
    if (starts.length < 2) continue;
    const items = starts.map((start, i) => text.slice(start + enumerationPrefix(style, i + 1).length, starts[i + 1] ?? text.length));
    if (items.some((item) => !item.trim())) continue;
    return { style, lead: text.slice(0, starts[0]), items };
  }
  return null;
}

/** The words of item `n` when the paragraph is that item alone (one item per paragraph), else null. */
export function readStandaloneItem(text: string, style: EnumerationStyle, n: number): string | null {
  const prefix = enumerationPrefix(style, n);
  if (!text.startsWith(prefix) || n > maxItems) return null;
  const rest = text.slice(prefix.length);
  if (!rest.trim() || (n < maxItems && findPrefix(text, enumerationPrefix(style, n + 1), prefix.length) !== -1)) return null;
  return rest;
}

/** The style whose first item opens this paragraph on its own, if any. */
export function standaloneFirstItemStyle(text: string): EnumerationStyle | null {
  return styles.find((style) => readStandaloneItem(text, style, 1) !== null) ?? null;
}
