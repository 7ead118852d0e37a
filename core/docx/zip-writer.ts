/**
 * Zips package parts with fflate's zip framing. Parts that are the same in every package
 * (theme, styles, settings …) are deflated once and their compressed bytes reused, and a part
 * can be written in pieces (the body of a print file joining hundreds of documents), so
 * nothing larger than the finished, compressed package is held at once; pieces may even be
 * compressed in other threads and joined here. The compressor is
 * fflate's unless the caller brings one: Node's zlib deflates the same XML about ten times
 * faster, but core/ stays pure, so the host passes it in.
 */
import { deflateSync, strToU8, Zip, type ZipInputFile } from 'fflate';
import { crc32, crc32Combine } from './crc32.ts';

/** Raw deflate (no zlib or gzip wrapper), as zip entries hold it. */
export interface Deflater {
  /** One complete stream. */
  whole(bytes: Uint8Array): Uint8Array<ArrayBuffer>;
  /**
   * Bytes compressed on their own, ending on a byte boundary without ending the stream (a sync
   * flush), so pieces compressed at different times — or in different threads — follow one
   * another as one stream; the `final` piece ends it.
   */
  piece(bytes: Uint8Array, final: boolean): Uint8Array<ArrayBuffer>;
  /** CRC-32 of the bytes, continuing from `previous` (the CRC of the bytes before them). */
  crc32(bytes: Uint8Array, previous?: number): number;
}

/** fflate's level 2 deflates a document body about three times faster than its default 6 and the part is only 10 % larger. */
const level = 2;

export const fflateDeflater: Deflater = {
  whole: (bytes) => deflateSync(bytes, { level }),
  crc32,
  // fflate 0.8's sync flush misplaces its empty stored block after some inputs (ten 'a's: zlib
  // answers "invalid stored block lengths"), so a piece that is not the last is stored
  // uncompressed, which any inflater reads; the host's zlib compresses every piece.
  piece: (bytes, final) => (final ? deflateSync(bytes, { level }) : storedBlocks(bytes)),
};

/** Deflate's stored blocks (not final), each up to 65 535 bytes, starting and ending on a byte boundary. */
function storedBlocks(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const most = 0xffff;
  const count = Math.max(1, Math.ceil(bytes.length / most));
  const out = new Uint8Array(bytes.length + 5 * count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const block = bytes.subarray(i * most, (i + 1) * most);
    // BFINAL 0 and BTYPE 00 in the first three bits, the rest of the byte padding.
    out.set([0, block.length & 0xff, block.length >> 8, ~block.length & 0xff, (~block.length >> 8) & 0xff], at);
    out.set(block, at + 5);
    at += 5 + block.length;
  }
  return out;
}

/** A fixed time stamp on entries, so the same document gives the same bytes but for docProps/core.xml. */
const mtime = new Date('2000-01-01T00:00:00Z');

/** Compressed bytes with the length and CRC of what they hold. */
export interface Deflated {
  crc: number;
  size: number;
  data: Uint8Array<ArrayBuffer>;
}

/** A part compressed whole, for a zip written elsewhere (addDeflated). */
export function deflatedWhole(deflater: Deflater, xml: string): Deflated {
  const bytes = strToU8(xml);
  return { crc: deflater.crc32(bytes), size: bytes.length, data: deflater.whole(bytes) };
}

/** A piece (Deflater.piece) that is not the last, with its length and CRC, for a part written in pieces elsewhere (writeDeflated). */
export function deflatedPiece(deflater: Deflater, xml: string): Deflated {
  const bytes = strToU8(xml);
  return { crc: deflater.crc32(bytes), size: bytes.length, data: deflater.piece(bytes, false) };
}

function concat(chunks: readonly Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1) return chunks[0]!;
  if (chunks.length === 0) return new Uint8Array(0);
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Keyed by compressor, part name, then the XML string itself: the fixed parts are the same string objects every time, so the lookup is cheap. */
const reused = new WeakMap<Deflater, Map<string, Map<string, Deflated>>>();

export interface PartStream {
  write(xml: string): void;
  /** A piece from deflatedPiece, made with a compressor of the same kind. */
  writeDeflated(piece: Deflated): void;
  close(xml?: string): void;
}

export class ZipWriter {
  private readonly zip: Zip;
  private readonly chunks: Uint8Array<ArrayBuffer>[] = [];
  private failure: Error | null = null;

  constructor(private readonly deflater: Deflater = fflateDeflater) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.chunks.push(chunk);
    });
  }

  private deflate(xml: string): Deflated {
    return deflatedWhole(this.deflater, xml);
  }

  /** Adds a part, compressing it now. */
  add(filename: string, xml: string): void {
    this.addDeflated(filename, this.deflate(xml));
  }

  /** Adds a part that recurs in many packages: compressed the first time, copied after. */
  addReused(filename: string, xml: string): void {
    let byName = reused.get(this.deflater);
    if (!byName) reused.set(this.deflater, (byName = new Map()));
    let byContent = byName.get(filename);
    if (!byContent) byName.set(filename, (byContent = new Map()));
    let deflated = byContent.get(xml);
    if (!deflated) byContent.set(xml, (deflated = this.deflate(xml)));
    this.addDeflated(filename, deflated);
  }

  /** Adds a part compressed elsewhere (deflatedWhole) with a compressor of the same kind. */
  addDeflated(filename: string, deflated: Deflated): void {
    const file: ZipInputFile = { filename, crc: deflated.crc, size: deflated.size, compression: 8, mtime };
    this.zip.add(file);
    file.ondata!(null, deflated.data, true);
  }

  /** Opens a part written in pieces, as XML compressed here or as pieces compressed elsewhere; later parts wait (compressed) until it is closed. */
  stream(filename: string): PartStream {
    const file: ZipInputFile = { filename, crc: 0, size: 0, compression: 8, mtime };
    this.zip.add(file);
    const push = (xml: string, final: boolean) => {
      const bytes = strToU8(xml);
      file.crc = this.deflater.crc32(bytes, file.crc);
      file.size += bytes.length;
      file.ondata!(null, this.deflater.piece(bytes, final), final);
    };
    return {
      write: (xml) => push(xml, false),
      writeDeflated: (piece) => {
        file.crc = crc32Combine(file.crc, piece.crc, piece.size);
        file.size += piece.size;
        file.ondata!(null, piece.data, false);
      },
      close: (xml = '') => push(xml, true),
    };
  }

  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    return concat(this.chunks);
  }
}
