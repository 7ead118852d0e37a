/** Chinese numerals for ordinals and dates: 1 → 一, 10 → 十, 21 → 二十一, 99 → 九十九 (0 → 〇, U+3007). */
const digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`只支持 0–99 的整数：${n}`);
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/** Digit by digit, as years are read: 2024 → 二〇二四. */
export function chineseDigits(n: number): string {
  return String(n).replace(/\d/g, (d) => digits[Number(d)]!);
}
