/** How alike two paragraphs read, for finding a paragraph whose anchor Word or WPS dropped. */

/** Whitespace is layout, not wording (WPS and LibreOffice add and drop it freely). */
export const normalise = (text: string) => text.replace(/\s+/g, '');

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/**
 * Dice's coefficient over character pairs, 0…1: linear in the text length, and in Chinese,
 * where a pair is usually a word, it tracks edited wording well.
 */
export function similarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const left = bigrams(x);
  let shared = 0;
  for (const [pair, count] of bigrams(y)) shared += Math.min(count, left.get(pair) ?? 0);
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}
