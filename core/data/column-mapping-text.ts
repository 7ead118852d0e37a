/**
 * How a header is compared with a template's column name. Ledger headers drift in form, not in
 * meaning: full-width letters and brackets, stray spaces, a `*` marking a required cell, a unit
 * in brackets (`涉案金额（元）`), a note in brackets (`问题描述（含例证）`), a group label from a
 * multi-row header (`处分情况/党纪处分`). The key keeps the words and sets the rest aside.
 */

export interface HeaderKey {
  /** The words alone: no spaces, brackets, units or marks; Latin letters lower-cased. */
  key: string;
  /** The unit in brackets, when there is one, as written (万元, 元, 人次). */
  unit: string | null;
}

const units = new Set(['元', '万元', '亿元', '千元', '人', '人次', '件', '件次', '个', '条', '项', '次', '天', '日', '%', '户', '名', '份', '起', '轮', '家', '万']);

const invisible = /[\s\u200b-\u200d\u2060\ufeff]/gu;
const marks = /^[*※★#]+|[*※★:：#]+$/gu;
// After NFKC every bracket kind that ledgers use is one of these pairs.
const trailingBracket = /[([【〔〈<]([^()[\]【】〔〕〈〉<>]*)[)\]】〕〉>]$/u;

export function isUnit(text: string): boolean {
  return units.has(text);
}

export function headerKey(text: string): HeaderKey {
  let rest = text.normalize('NFKC').replace(invisible, '').replace(marks, '');
  let unit: string | null = null;
  for (let match = trailingBracket.exec(rest); match && match.index > 0; match = trailingBracket.exec(rest)) {
    const inside = match[1]!;
    // 单位：万元 and 万元 both name the unit; any other bracket is a note and is dropped.
    const named = inside.replace(/^(单位|计量单位)[:：]?/u, '');
    if (unit === null && isUnit(named)) unit = named;
    rest = rest.slice(0, match.index).replace(marks, '');
  }
  return { key: rest.toLowerCase(), unit };
}

/**
 * The names a flattened header answers to: the whole of it and its last part (`处分情况/党纪处分`
 * is also `党纪处分`); when the last part is only a unit (`金额/万元`) the part above it takes the unit.
 */
export function headerParts(header: string): { whole: HeaderKey; last: HeaderKey | null } {
  const whole = headerKey(header);
  const parts = header.split('/').filter((part) => part.trim() !== '');
  if (parts.length < 2) return { whole, last: null };
  const last = headerKey(parts.at(-1)!);
  if (isUnit(last.key) && last.unit === null) {
    const above = headerKey(parts.at(-2)!);
    return { whole, last: { key: above.key, unit: above.unit ?? last.key } };
  }
  return { whole, last };
}

function bigrams(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => chars[i]! + char);
}

/** Dice coefficient over character bigrams (0–1): Chinese headers share two-character words, not spellings. */
export function bigramSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const count = counts.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
