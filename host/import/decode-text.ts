/**
 * Bytes of a .txt draft → text, in whatever encoding a Chinese Windows machine saved it:
 * a byte-order mark decides first (UTF-8, UTF-16LE, UTF-16BE); then strict UTF-8; then
 * GB18030, the superset of GBK and GB2312 that Notepad calls "ANSI" on Chinese Windows.
 */
import iconv from 'iconv-lite';

export type DraftEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export interface DecodedText {
  text: string;
  encoding: DraftEncoding;
}

/** A byte sequence the encoding its BOM names cannot read: the 1-based line it starts on. */
export class BadBytesError extends Error {
  readonly line: number;
  constructor(encoding: DraftEncoding, line: number) {
    super(`文件标明为 ${encoding} 编码，但第${line}行含有无法识别的字节，文件可能已损坏`);
    this.line = line;
  }
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Decodes strictly; on a bad sequence, names the line where the replacement character first appears. */
function decodeMarked(bytes: Uint8Array, encoding: DraftEncoding, label: string): DecodedText {
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
  } catch {
    const lenient = new TextDecoder(label).decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split(/\r\n|\r|\n/).length;
    throw new BadBytesError(encoding, line);
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return decodeMarked(bytes.subarray(3), 'UTF-8', 'utf-8');
  if (startsWith(bytes, 0xff, 0xfe)) return decodeMarked(bytes.subarray(2), 'UTF-16LE', 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return decodeMarked(bytes.subarray(2), 'UTF-16BE', 'utf-16be');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(buffer(bytes), 'gb18030'), encoding: 'GB18030' };
  }
}
