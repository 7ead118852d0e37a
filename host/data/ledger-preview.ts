/**
 * The first lines of a text ledger as a given encoding shows them, so the writer sees at once
 * whether the guess was right (中文 or 乱码) and can pick another encoding. Lossy on purpose:
 * bytes the encoding cannot read show as �, which is exactly what the writer needs to see.
 */
import iconv from 'iconv-lite';
import type { TextEncodingName } from '../../core/data/data-table.ts';
import type { EncodingChoice } from '../../core/data/encoding-choice.ts';

export const previewBytes = 4096;
const previewLines = 6;

const iconvNames: Record<TextEncodingName | EncodingChoice, string> = {
  auto: 'gb18030',
  'UTF-8': 'utf8',
  'UTF-8 BOM': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  GB18030: 'gb18030',
  Big5: 'big5',
};

export function textPreview(bytes: Uint8Array, encoding: TextEncodingName | EncodingChoice): string {
  const head = bytes.subarray(0, previewBytes);
  const lines = iconv
    .decode(Buffer.from(head.buffer, head.byteOffset, head.byteLength), iconvNames[encoding])
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '·')
    .split(/\r\n|\r|\n/);
  // The last line of a cut-off head is cut off too, and may end inside a character.
  if (bytes.length > previewBytes) lines.pop();
  return lines.slice(0, previewLines).join('\n').trimEnd();
}
