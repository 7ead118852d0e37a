/**
 * Draft search, the pure half: a typed query becomes terms (every one must match), and a
 * result's text becomes a short snippet around the first hit with each hit marked, as plain
 * pieces so the screen can highlight them without ever building HTML from a draft.
 */

export interface TextPiece {
  text: string;
  match: boolean;
}

const maxTerms = 8;

/** Whitespace separates terms; a repeated term counts once. */
export function searchTerms(query: string): string[] {
  const terms = query
    .trim()
    .split(/\s+/u)
    .filter((term) => term.length > 0);
  return [...new Set(terms)].slice(0, maxTerms);
}

const fold = (text: string) => text.toLowerCase();

/** Splits `text` into plain and matching pieces; longer terms win where two overlap. Latin letters match in either case. */
export function markTerms(text: string, terms: readonly string[]): TextPiece[] {
  const folded = fold(text);
  const wanted = [...new Set(terms.map(fold))].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const pieces: TextPiece[] = [];
  let plainFrom = 0;
  let at = 0;
  while (at < text.length) {
    const term = wanted.find((t) => folded.startsWith(t, at));
    if (!term) {
      at += 1;
      continue;
    }
    if (at > plainFrom) pieces.push({ text: text.slice(plainFrom, at), match: false });
    pieces.push({ text: text.slice(at, at + term.length), match: true });
    at += term.length;
    plainFrom = at;
  }
  if (plainFrom < text.length) pieces.push({ text: text.slice(plainFrom), match: false });
  return pieces;
}

/** About `width` characters of `text` around its first hit, lines joined by spaces, with … where it was cut. */
export function searchSnippet(text: string, terms: readonly string[], width = 80): TextPiece[] {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const folded = fold(flat);
  const hits = terms.map((t) => folded.indexOf(fold(t))).filter((i) => i >= 0);
  const first = hits.length > 0 ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 4), flat.length - width));
  const end = Math.min(flat.length, start + width);
  const pieces = markTerms(flat.slice(start, end), terms);
  if (start > 0) pieces.unshift({ text: '…', match: false });
  if (end < flat.length) pieces.push({ text: '…', match: false });
  return pieces;
}
