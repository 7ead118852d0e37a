import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.ts';
import { deflatedPiece, fflateDeflater, ZipWriter } from './zip-writer.ts';

const body = (n: number) => Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t>第${i + 1}段：公文工作台 GB/T 9704</w:t></w:r></w:p>`).join('');

describe('ZipWriter', () => {
  it('joins a part written in pieces into one readable entry, between whole parts', () => {
    const zip = new ZipWriter(fflateDeflater);
    zip.add('first.xml', '<a/>');
    const stream = zip.stream('word/document.xml');
    const pieces = ['<w:body>', body(300), '', body(5), body(2000)];
    for (const piece of pieces) stream.write(piece);
    stream.close('</w:body>');
    zip.addReused('last.xml', '<b/>');
    const files = unzipSync(zip.finish());
    expect(Object.keys(files)).toEqual(['first.xml', 'word/document.xml', 'last.xml']);
    expect(strFromU8(files['word/document.xml']!)).toBe(`${pieces.join('')}</w:body>`);
    expect(strFromU8(files['last.xml']!)).toBe('<b/>');
  });

  it('continues a CRC over pieces as if over the whole', () => {
    const whole = new TextEncoder().encode(body(50));
    expect(crc32(whole.subarray(700), crc32(whole.subarray(0, 700)))).toBe(crc32(whole));
  });

  it('joins pieces compressed apart, before the part is opened, with pieces written into it', () => {
    // Ten letters were enough to break fflate's own sync flush.
    const apart = ['a'.repeat(10), '', body(3000)].map((xml) => deflatedPiece(fflateDeflater, xml));
    const zip = new ZipWriter(fflateDeflater);
    const stream = zip.stream('word/document.xml');
    stream.write('<w:body>');
    for (const piece of apart) stream.writeDeflated(piece);
    stream.close('</w:body>');
    const files = unzipSync(zip.finish());
    expect(strFromU8(files['word/document.xml']!)).toBe(`<w:body>${'a'.repeat(10)}${body(3000)}</w:body>`);
  });
});
