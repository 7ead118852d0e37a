/**
 * Small things the writer types again and again at 取号 — the 机关代字 and their own name as
 * 经办人 — remembered in this browser profile so the next 定稿 starts filled in.
 */
const keys = { prefix: 'gongwen.numberPrefix', registrar: 'gongwen.registrar' } as const;

export function remembered(what: keyof typeof keys): string {
  try {
    return localStorage.getItem(keys[what]) ?? '';
  } catch {
    return '';
  }
}

export function remember(what: keyof typeof keys, value: string): void {
  try {
    localStorage.setItem(keys[what], value);
  } catch {
    // Storage may be off (private window); the field is simply empty next time.
  }
}
