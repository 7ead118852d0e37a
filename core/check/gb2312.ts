/**
 * The 6763 hanzi of GB 2312, decoded once from their two-byte codes with the platform's
 * GB18030 decoder (Node and every browser have one), so no table ships with the app.
 */
interface Decoder {
  decode(bytes: Uint8Array): string;
}

let hanzi: Set<string> | null | undefined;

/** Null when the platform has no GB18030 decoder: the check is then skipped rather than guessed. */
export function gb2312Hanzi(): Set<string> | null {
  if (hanzi !== undefined) return hanzi;
  const Decoder = (globalThis as { TextDecoder?: new (label: string) => Decoder }).TextDecoder;
  try {
    const bytes: number[] = [];
    // Rows B0–F7 hold the hanzi; D7FA–D7FE are the five unassigned cells of row 55.
    for (let lead = 0xb0; lead <= 0xf7; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) if (!(lead === 0xd7 && trail > 0xf9)) bytes.push(lead, trail);
    }
    hanzi = Decoder ? new Set(new Decoder('gb18030').decode(new Uint8Array(bytes))) : null;
  } catch {
    hanzi = null;
  }
  return hanzi;
}
