/**
 * Reads a date as people type it — 2024年3月5日, 2024-03-05, 2024.3.5, 2024/3/5 — into
 * the model's `YYYY-MM-DD`, or null when it is not a real calendar date.
 */
import { isValidIsoDate } from '../model/iso-date.ts';

const patterns = [/^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/, /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/];

export function parseDateText(text: string): string | null {
  const trimmed = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  for (const pattern of patterns) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
    return isValidIsoDate(iso) ? iso : null;
  }
  return null;
}
