/**
 * Half-width punctuation in Chinese sentences → full-width (GB/T 15834). A mark changes only
 * where its neighbours are Chinese; numbers (3,500 · 10:30 · 3.14), web addresses, Latin text
 * and the year brackets of a 文号 are left to their own rules.
 */
import { addressRanges, charAfter, charBefore, inRanges, isChinese, type TextEdit } from './text-edit.ts';

const fullWidth: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const latinLetter = /^[A-Za-z]$/;
/** `(2024)5号`: the year brackets of a 文号, which become 〔〕, not （）. */
const documentNumberTail = /^\s*第?\s*\d+\s*号/;

export function halfWidthPunctuationEdits(text: string): TextEdit[] {
  const addresses = addressRanges(text);
  const edits: TextEdit[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inRanges(addresses, i)) continue;
    const before = charBefore(text, i);
    const after = charAfter(text, i + 1);
    if (char in fullWidth) {
      if (isChinese(before) || (isChinese(after) && !latinLetter.test(before))) edits.push({ start: i, end: i + 1, text: fullWidth[char]! });
    } else if (char === '.') {
      // A stop after Chinese that ends the text or the sentence; 1.工作 and 3.14 are not sentences.
      if (isChinese(before) && before !== '…' && (after === '' || /^\s$/.test(after) || (isChinese(after) && after !== '…'))) edits.push({ start: i, end: i + 1, text: '。' });
    }
  }
  return [...edits, ...parenthesisEdits(text, addresses)].sort((a, b) => a.start - b.start);
}

/** Brackets change in pairs, so a sentence never ends up with （…) . */
function parenthesisEdits(text: string, addresses: [number, number][]): TextEdit[] {
  const edits: TextEdit[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inRanges(addresses, i)) continue;
    if (char === '(' || char === '（') open.push(i);
    else if ((char === ')' || char === '）') && open.length > 0) {
      const start = open.pop()!;
      const halfOpen = text[start] === '(';
      const halfClose = char === ')';
      if (!halfOpen && !halfClose) continue;
      if (halfOpen && halfClose && !chinesePair(text, start, i)) continue;
      if (halfOpen) edits.push({ start, end: start + 1, text: '（' });
      if (halfClose) edits.push({ start: i, end: i + 1, text: '）' });
    }
  }
  return edits;
}

function chinesePair(text: string, start: number, end: number): boolean {
  const inside = text.slice(start + 1, end);
  if (/^\s*\d{4}\s*$/.test(inside) && documentNumberTail.test(text.slice(end + 1))) return false;
  return [...inside].some(isChinese) || isChinese(charBefore(text, start)) || isChinese(charAfter(text, end + 1));
}
