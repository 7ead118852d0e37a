import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32, crc32Combine } from './crc32.ts';

describe('crc32', () => {
  it('gives the standard check value and agrees with the CRC fflate writes into a zip', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    const data = strToU8('公文工作台 GB/T 9704'.repeat(50));
    const zip = zipSync({ a: data });
    // The CRC sits 14 bytes into the local file header.
    expect(new DataView(zip.buffer, zip.byteOffset).getUint32(14, true)).toBe(crc32(data));
    expect(unzipSync(zip)['a']).toEqual(data);
  });

  it('combines the CRCs of two pieces into the CRC of both, knowing only the second one’s length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 70_000 }), (first, second) => {
        const both = new Uint8Array(first.length + second.length);
        both.set(first);
        both.set(second, first.length);
        expect(crc32Combine(crc32(first), crc32(second), second.length)).toBe(crc32(both));
      }),
      { numRuns: 60 },
    );
  });
});
