import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodedVariants } from '../../tests/fixtures/import/variants.ts';
import { BadBytesError, decodeText } from './decode-text.ts';

const sample = '关于开展作风建设专项检查的通知\n各乡镇党委，县直各单位：\n“两个维护”𠀀（扩展B区字）\n';

describe('decodeText', () => {
  it('reads every encoding a Chinese Windows machine writes', () => {
    const decoded = encodedVariants(sample).map(({ name, bytes }) => [name, decodeText(bytes)] as const);
    expect(Object.fromEntries(decoded.map(([name, { encoding }]) => [name, encoding]))).toEqual({
      'utf8.txt': 'UTF-8',
      'utf8-bom-crlf.txt': 'UTF-8',
      'gb18030-crlf.txt': 'GB18030',
      'utf16le-bom-crlf.txt': 'UTF-16LE',
      'utf16be-bom.txt': 'UTF-16BE',
    });
    for (const [, { text }] of decoded) expect(text.replace(/\r\n/g, '\n')).toBe(sample);
  });

  it('reads GBK, what Notepad saves as ANSI on Chinese Windows', () => {
    expect(decodeText(new Uint8Array(iconv.encode('纪检监察', 'gbk')))).toEqual({ text: '纪检监察', encoding: 'GB18030' });
  });

  it('names the line of bytes that break the encoding the BOM promises', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('第一行\n第二行\n'), 0xff, 0xfe, 0x41]);
    expect(() => decodeText(bytes)).toThrow(BadBytesError);
    expect(() => decodeText(bytes)).toThrow('第3行');
  });
});
