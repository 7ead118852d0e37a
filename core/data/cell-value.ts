/**
 * One cell's text read as people type it into ledgers: numbers with thousands separators or
 * full-width digits, money with ￥ or 元/万元, dates as `2024.3.5` or `2024年3月5日`. Codes that only
 * look numeric — a leading zero (`001`), or more digits than a double holds exactly (身份证号) —
 * stay text so nothing is silently changed.
 */
import { parseDateText } from '../format/parse-date-text.ts';
import type { GridCell } from './grid.ts';

export type ReadCell =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; money: boolean }
  | { kind: 'date'; value: string }
  | { kind: 'text'; value: string };

const numberPattern = /^([+-]?)([￥¥]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万元|元)?$/;
const maxExactDigits = 15;

const plainInteger = /^[1-9]\d{0,14}$/;
const fullWidth = /[０-９．，－＋]/g;
const halfWidth = (text: string) => text.replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
/** Every date form parseDateText reads starts with a four-digit year and a separator. */
const mayBeDate = /^[\d０-９]{4}\s*[-./年]/;

function readNumber(text: string): ReadCell | null {
  // Most ledger numbers are plain counts; they skip the general pattern below.
  if (plainInteger.test(text)) return { kind: 'number', value: Number(text), money: false };
  const match = numberPattern.exec(halfWidth(text));
  if (!match) return null;
  const [, sign, currency, digits, unit] = match as unknown as [string, string, string, string, string | undefined];
  const plain = digits.replaceAll(',', '');
  if (/^0\d/.test(plain) || plain.replace('.', '').replace(/^0+/, '').length > maxExactDigits) return null;
  const magnitude = Number(plain);
  // 万元 → 元 in whole fen, so 66.57万元 is 665700 exactly rather than 665700.0000000001.
  const value = unit === '万元' ? Math.round(magnitude * 1_000_000) / 100 : magnitude;
  return { kind: 'number', value: sign === '-' ? -value : value, money: currency !== '' || unit !== undefined };
}

/** Dates and numbers start with a digit, a sign or ￥ (half- or full-width); most ledger text does not. */
const mayBeValue = /^[\d+\-￥¥０-９＋－]/;

const empty: ReadCell = { kind: 'empty' };

export function readCell(cell: GridCell): ReadCell {
  if (cell === null) return empty;
  if (typeof cell === 'number') return { kind: 'number', value: cell, money: false };
  const text = cell.trim();
  if (text === '') return empty;
  if (!mayBeValue.test(text)) return { kind: 'text', value: text };
  const date = mayBeDate.test(text) ? parseDateText(text) : null;
  if (date) return { kind: 'date', value: date };
  return readNumber(text) ?? { kind: 'text', value: text };
}
