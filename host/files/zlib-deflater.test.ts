import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../core/docx/crc32.ts';
import { deflatedPiece, ZipWriter } from '../../core/docx/zip-writer.ts';
import { zlibDeflater } from './zlib-deflater.ts';

describe('zlibDeflater', () => {
  it('writes whole parts and parts in pieces that fflate reads back', () => {
    const zip = new ZipWriter(zlibDeflater);
    const paragraph = (i: number) => `<w:p><w:r><w:t>第${i}项：专项资金管理使用不规范</w:t></w:r></w:p>`;
    const pieces = Array.from({ length: 40 }, (_, n) => Array.from({ length: 50 }, (_, i) => paragraph(n * 50 + i)).join(''));
    zip.add('styles.xml', '<w:styles/>');
    const stream = zip.stream('document.xml');
    for (const piece of pieces) stream.write(piece);
    stream.close();
    const files = unzipSync(zip.finish());
    expect(strFromU8(files['document.xml']!)).toBe(pieces.join(''));
    expect(strFromU8(files['styles.xml']!)).toBe('<w:styles/>');
  });

  it('gives the CRC core/ computes, also continued over pieces', () => {
    const bytes = new TextEncoder().encode('公文工作台 GB/T 9704'.repeat(100));
    expect(zlibDeflater.crc32(bytes)).toBe(crc32(bytes));
    expect(zlibDeflater.crc32(bytes.subarray(500), zlibDeflater.crc32(bytes.subarray(0, 500)))).toBe(crc32(bytes));
    expect(zlibDeflater.crc32(new TextEncoder().encode(''), zlibDeflater.crc32(bytes))).toBe(crc32(bytes));
  });

  it('gives a small part a buffer of its own size, not a view of a larger one a batch would keep alive', () => {
    const small = zlibDeflater.whole(new TextEncoder().encode('<w:ftr/>'));
    expect(small.buffer.byteLength).toBe(small.byteLength);
    const piece = zlibDeflater.piece(new TextEncoder().encode('<w:p/>'), false);
    expect(piece.buffer.byteLength).toBe(piece.byteLength);
  });

  it('joins pieces compressed apart (in worker threads) into one part, its CRC combined from theirs', () => {
    const paragraphs = Array.from({ length: 30 }, (_, n) => `<w:p><w:r><w:t>第${n}段${'公文'.repeat(n * 20)}</w:t></w:r></w:p>`);
    const zip = new ZipWriter(zlibDeflater);
    const stream = zip.stream('document.xml');
    for (const [n, xml] of paragraphs.entries()) {
      if (n % 3 === 0) stream.write(xml);
      else stream.writeDeflated(deflatedPiece(zlibDeflater, xml));
    }
    stream.close();
    const bytes = zip.finish();
    const text = unzipSync(bytes)['document.xml']!;
    expect(strFromU8(text)).toBe(paragraphs.join(''));
    // fflate does not check CRCs when it reads; Word does. The zip's last 22 bytes say where the central directory starts, whose entry holds it 16 bytes in.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const central = view.getUint32(bytes.length - 22 + 16, true);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    expect(view.getUint32(central + 16, true)).toBe(crc32(text));
  });
});
