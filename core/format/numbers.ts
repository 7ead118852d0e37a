/**
 * How statistics are printed in reports (research/doctypes.md §0.3): money in 万元 with two
 * decimals, percentages with one, changes as 上升/下降/持平, rate changes in 个百分点.
 * Rounding is half away from zero on the decimal value, as a person rounds, not binary floats.
 */

function roundHalfAway(value: number, decimals: number): string {
  const [mantissa, exponent] = value.toExponential(15).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const rounded = Math.sign(shifted) * Math.round(Math.abs(shifted));
  return (rounded / 10 ** decimals).toFixed(decimals);
}

/** 665700 元 → "66.57" (万元). */
export function yuanToWan(yuan: number): string {
  return roundHalfAway(yuan / 10_000, 2);
}

/** A share as a percentage with one decimal: (179, 252) → "71.0%". */
export function percentOf(part: number, whole: number): string {
  if (whole === 0) throw new RangeError('总数为 0，无法计算占比');
  return `${roundHalfAway((part / whole) * 100, 1)}%`;
}

/** 同比: (current, previous) → 上升12.3% / 下降5.0% / 持平. */
export function yearOnYear(current: number, previous: number): string {
  if (previous === 0) throw new RangeError('上年同期为 0，无法计算同比');
  const change = roundHalfAway(((current - previous) / Math.abs(previous)) * 100, 1);
  if (Number(change) === 0) return '持平';
  return Number(change) > 0 ? `上升${change}%` : `下降${change.slice(1)}%`;
}

/** A change of a rate in percentage points: (72.5, 70.4) → 提高2.1个百分点. */
export function percentagePointChange(currentPercent: number, previousPercent: number): string {
  const change = roundHalfAway(currentPercent - previousPercent, 1);
  if (Number(change) === 0) return '持平';
  return Number(change) > 0 ? `提高${change}个百分点` : `降低${change.slice(1)}个百分点`;
}

export const countingWords = ['件', '件次', '人', '人次', '个', '条', '项', '轮', '份', '次', '起', '名'] as const;
export type CountingWord = (typeof countingWords)[number];

/** Counts are Arabic numerals followed by their measure word: 126件, 652人次. */
export function formatCount(count: number, word: CountingWord): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`计数应为非负整数：${count}`);
  return `${count}${word}`;
}
