/**
 * The .docx compressor for the host: Node's zlib (native) deflates our XML about ten times
 * faster than fflate's JavaScript, which matters when a batch packs hundreds of documents.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { Deflater } from '../../core/docx/zip-writer.ts';

/** Levels 1–3 share zlib's fast strategy; 2 matches what core/ uses with fflate. */
const level = 2;

/** zlib hands back a view of a 16 KB buffer even for a few bytes of output; a batch keeps thousands of small parts (footers, rels) until their package is zipped, so each is copied to its own size. */
const fitted = (out: Buffer<ArrayBuffer>): Uint8Array<ArrayBuffer> => (out.byteLength * 2 > out.buffer.byteLength ? out : new Uint8Array(out));

export const zlibDeflater: Deflater = {
  whole: (bytes) => fitted(deflateRawSync(bytes, { level })),
  // Node 20's zlib.crc32 answers 0 for no bytes from a TextEncoder (no backing store) whatever came before; no bytes leave a CRC as it was.
  crc32: (bytes, previous = 0) => (bytes.length === 0 ? previous : crc32(bytes, previous)),
  piece: (bytes, final) => fitted(deflateRawSync(bytes, { level, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH })),
};
