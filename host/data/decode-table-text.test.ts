import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataImportError } from '../../core/data/data-import-error.ts';
import { decodeTableText } from './decode-table-text.ts';

const text = '姓名,单位,金额\r\n张三,县纪委监委,1200\r\n李四𠀀,乡镇纪委,800\r\n';
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()]);

function failure(run: () => unknown): DataImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataImportError) return error;
    throw error;
  }
  throw new Error('expected a DataImportError');
}

describe('decodeTableText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(text)],
    ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ['UTF-16LE', utf16le(text)],
    ['UTF-16BE', utf16be(text)],
    ['GB18030', new Uint8Array(iconv.encode(text, 'gb18030'))],
  ])('reads %s exactly, four-byte characters included', (encoding, bytes) => {
    expect(decodeTableText(bytes, '台账.csv')).toEqual({ text, encoding });
  });

  it('reads plain GBK as GB18030', () => {
    const gbk = new Uint8Array(iconv.encode('姓名,职务\n王五,主任\n', 'gbk'));
    expect(decodeTableText(gbk, '台账.csv')).toEqual({ text: '姓名,职务\n王五,主任\n', encoding: 'GB18030' });
  });

  it('asks about Big5 and random bytes instead of returning mojibake, with a preview', () => {
    const big5 = new Uint8Array(iconv.encode('姓名,單位,金額\n張三,縣紀委監委,1200\n', 'big5'));
    const error = failure(() => decodeTableText(big5, '繁体.csv'));
    expect(error.code).toBe('unknown-encoding');
    expect(error.message).toMatch(/^文件“繁体\.csv”：无法识别编码/);
    expect(error.preview?.length).toBeGreaterThan(0);
    expect(decodeTableText(big5, '繁体.csv', 'Big5').text).toBe('姓名,單位,金額\n張三,縣紀委監委,1200\n');
    expect(failure(() => decodeTableText(new Uint8Array([0x81, 0x01, 0xff, 0x80, 0x00, 0x9c]), 'x.csv')).code).toBe('unknown-encoding');
  });

  it('names the line of a damaged byte in a file whose BOM promises UTF-8', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\nb\n'), 0xc3, 0x28]);
    expect(failure(() => decodeTableText(bytes, '坏.csv')).message).toBe('文件“坏.csv”第 3 行：按 UTF-8 BOM 编码读取时遇到无法识别的字节，文件可能已损坏或不是这种编码');
  });

  it('decodes with an encoding the user chose, strictly', () => {
    const gbk = new Uint8Array(iconv.encode('张三', 'gbk'));
    expect(decodeTableText(gbk, 'a.csv', 'GB18030').text).toBe('张三');
    expect(failure(() => decodeTableText(gbk, 'a.csv', 'UTF-8')).code).toBe('bad-bytes');
  });

  it('returns text or a DataImportError for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          expect(typeof decodeTableText(bytes, 'p.csv').text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(DataImportError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
