/**
 * Bytes of a .csv/.txt ledger → text. A byte-order mark decides first (Excel's "CSV UTF-8" and
 * "Unicode 文本" write one); then strict UTF-8; then GB18030, the superset of GBK that plain
 * "CSV" on Chinese Windows is saved in. GB18030 accepts almost any byte string, so the result must
 * also look like simplified Chinese — mostly GB2312 characters, no control bytes — or the user is
 * asked which encoding it is, with a preview, instead of getting mojibake (Big5 files, random bytes).
 */
import iconv from 'iconv-lite';
import { DataImportError } from '../../core/data/data-import-error.ts';
import type { TextEncodingName } from '../../core/data/data-table.ts';
import type { EncodingChoice } from '../../core/data/encoding-choice.ts';

export { encodingChoices, type EncodingChoice } from '../../core/data/encoding-choice.ts';

export interface DecodedTable {
  text: string;
  encoding: TextEncodingName;
}

const previewChars = 200;
/** Above this share of non-GB2312 double-byte characters, "GBK" text is more likely another encoding. */
const maxUncommonShare = 0.3;

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function lineOfFirstBadChar(text: string): number {
  return text.slice(0, Math.max(0, text.indexOf('\uFFFD'))).split(/\r\n|\r|\n/).length;
}

function badBytes(fileName: string, encoding: string, text: string): DataImportError {
  return new DataImportError('bad-bytes', { fileName, row: lineOfFirstBadChar(text) }, `按 ${encoding} 编码读取时遇到无法识别的字节，文件可能已损坏或不是这种编码`);
}

function strict(bytes: Uint8Array, label: string, name: TextEncodingName, fileName: string): DecodedTable {
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding: name };
  } catch {
    throw badBytes(fileName, name, new TextDecoder(label, { ignoreBOM: true }).decode(bytes));
  }
}

function viaIconv(bytes: Uint8Array, name: 'GB18030' | 'Big5', fileName: string): DecodedTable {
  const text = iconv.decode(asBuffer(bytes), name === 'GB18030' ? 'gb18030' : 'big5');
  if (text.includes('\uFFFD')) throw badBytes(fileName, name, text);
  return { text, encoding: name };
}

/** Share of double-byte sequences outside GB2312's hanzi and punctuation rows; -1 on control bytes. */
function uncommonShare(bytes: Uint8Array): number {
  let doubles = 0;
  let uncommon = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      if (lead < 0x20 && lead !== 0x09 && lead !== 0x0a && lead !== 0x0d) return -1;
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4;
      continue;
    }
    doubles++;
    const gb2312 = trail >= 0xa1 && trail <= 0xfe && ((lead >= 0xb0 && lead <= 0xf7) || (lead >= 0xa1 && lead <= 0xa3));
    if (!gb2312) uncommon++;
    i += 2;
  }
  return doubles === 0 ? 0 : uncommon / doubles;
}

function guessLegacy(bytes: Uint8Array, fileName: string): DecodedTable {
  const text = iconv.decode(asBuffer(bytes), 'gb18030');
  const share = uncommonShare(bytes);
  if (!text.includes('\uFFFD') && share >= 0 && share <= maxUncommonShare) return { text, encoding: 'GB18030' };
  const preview = text.slice(0, previewChars).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '·');
  throw new DataImportError('unknown-encoding', { fileName }, '无法识别编码：既不是 UTF-8，也不像 GBK/GB18030 编码的中文。请确认文件的编码后指定编码再导入', preview);
}

export function decodeTableText(bytes: Uint8Array, fileName: string, choice: EncodingChoice = 'auto'): DecodedTable {
  const utf8Bom = startsWith(bytes, 0xef, 0xbb, 0xbf);
  switch (choice) {
    case 'UTF-8':
      return strict(utf8Bom ? bytes.subarray(3) : bytes, 'utf-8', utf8Bom ? 'UTF-8 BOM' : 'UTF-8', fileName);
    case 'UTF-16LE':
      return strict(startsWith(bytes, 0xff, 0xfe) ? bytes.subarray(2) : bytes, 'utf-16le', 'UTF-16LE', fileName);
    case 'UTF-16BE':
      return strict(startsWith(bytes, 0xfe, 0xff) ? bytes.subarray(2) : bytes, 'utf-16be', 'UTF-16BE', fileName);
    case 'GB18030':
    case 'Big5':
      return viaIconv(bytes, choice, fileName);
    case 'auto':
      break;
  }
  if (utf8Bom) return strict(bytes.subarray(3), 'utf-8', 'UTF-8 BOM', fileName);
  if (startsWith(bytes, 0xff, 0xfe)) return strict(bytes.subarray(2), 'utf-16le', 'UTF-16LE', fileName);
  if (startsWith(bytes, 0xfe, 0xff)) return strict(bytes.subarray(2), 'utf-16be', 'UTF-16BE', fileName);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return guessLegacy(bytes, fileName);
  }
}
