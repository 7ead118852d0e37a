/** A moment as the secretary's clock shows it, for messages: 2024年3月5日 08:05. */
export function localTime(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}年${at.getMonth() + 1}月${at.getDate()}日 ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** A timestamp for file names: 20240305T080512Z (no colons, which Windows refuses). */
export const fileStamp = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
