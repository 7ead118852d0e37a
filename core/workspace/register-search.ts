/**
 * The search box of the registers: every word typed must appear in one of the entry's
 * columns. Full-width and half-width forms match each other (an IME types 〔２０２４〕).
 */
const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

export function matchesSearch(query: string, columns: ReadonlyArray<string | number | null>): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = columns.filter((column) => column !== null).map((column) => fold(String(column)));
  return words.every((word) => haystack.some((column) => column.includes(word)));
}
