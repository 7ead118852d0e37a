/**
 * Ink on a rendered page (a binary PPM from `pdftoppm`): the 发文机关标志 and the red separator
 * are the only red things on a 红头 page, and the 文号 and page-number dash are dark, so their
 * geometry is found by scanning pixel rows instead of trusting text boxes, which include the
 * font's ascent and descent.
 */
import { pxToMm } from './units.ts';

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel, rows top to bottom. */
  pixels: Uint8Array;
  dpi: number;
}

export interface RedInk {
  /** Top of the first row with red ink, mm from the paper top. */
  top: number;
  /** The first band of rows crossed by a long red run: the separator line (mm). */
  rule: { top: number; bottom: number; x0: number; x1: number } | null;
}

/** Reads the header and pixels of a binary (P6) PPM with maxval 255, as pdftoppm writes it. */
export function parsePpm(bytes: Uint8Array, dpi: number): Raster {
  const header: string[] = [];
  let offset = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset] ?? 0))) offset++;
    if (bytes[offset] === 0x23) {
      while (bytes[offset] !== 0x0a) offset++;
      continue;
    }
    let token = '';
    while (offset < bytes.length && !/\s/.test(String.fromCharCode(bytes[offset] ?? 0))) token += String.fromCharCode(bytes[offset++] ?? 0);
    header.push(token);
  }
  const [magic, width, height, maxval] = header;
  if (magic !== 'P6' || maxval !== '255') throw new Error(`光栅图格式不符：应为 8 位 P6 PPM，实际为 ${magic ?? '?'}（最大值 ${maxval ?? '?'}）`);
  return { width: Number(width), height: Number(height), pixels: bytes.subarray(offset + 1), dpi };
}

const isRed = (r: number, g: number, b: number) => r > 180 && g < 110 && b < 110;
/** Grey levels below which a pixel counts as ink: solid glyph strokes, and also anti-aliased hairlines (a 4号 一字线 at 150 dpi is grey, not black). */
export const inkLevel = { solid: 110, hairline: 200 } as const;

interface RowScan {
  count: number;
  first: number;
  last: number;
  longestRun: number;
}

function scanRow(raster: Raster, y: number, test: (r: number, g: number, b: number) => boolean, from = 0, to = raster.width): RowScan {
  const scan: RowScan = { count: 0, first: -1, last: -1, longestRun: 0 };
  let run = 0;
  for (let x = from; x < to; x++) {
    const i = (y * raster.width + x) * 3;
    if (test(raster.pixels[i] ?? 0, raster.pixels[i + 1] ?? 0, raster.pixels[i + 2] ?? 0)) {
      scan.count++;
      if (scan.first < 0) scan.first = x;
      scan.last = x;
      run++;
      scan.longestRun = Math.max(scan.longestRun, run);
    } else run = 0;
  }
  return scan;
}

/**
 * Finds the red mark and the red separator. A rule row has one unbroken red run of at least
 * `ruleMinRunMm`: lettering never has one that long, and the ★ variant splits the 156 mm rule
 * into two halves of about 72 mm.
 */
export function findRedInk(raster: Raster, ruleMinRunMm = 60): RedInk | null {
  const mm = (px: number) => pxToMm(px, raster.dpi);
  let top = -1;
  // Rule rows in pixels: first and last row, leftmost and rightmost red pixel.
  let band: { y0: number; y1: number; x0: number; x1: number } | null = null;
  for (let y = 0; y < raster.height; y++) {
    const row = scanRow(raster, y, isRed);
    if (row.count === 0) {
      if (band) break;
      continue;
    }
    if (top < 0) top = y;
    if (mm(row.longestRun) >= ruleMinRunMm) band = band ? { y0: band.y0, y1: y, x0: Math.min(band.x0, row.first), x1: Math.max(band.x1, row.last) } : { y0: y, y1: y, x0: row.first, x1: row.last };
    else if (band) break;
  }
  if (top < 0) return null;
  return { top: mm(top), rule: band ? { top: mm(band.y0), bottom: mm(band.y1 + 1), x0: mm(band.x0), x1: mm(band.x1 + 1) } : null };
}

export interface BoxMm {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

function darkRows(raster: Raster, box: BoxMm, level: number): number[] {
  const px = (mm: number) => Math.round((mm * raster.dpi) / 25.4);
  const [x0, x1] = [Math.max(0, px(box.x0)), Math.min(raster.width, px(box.x1))];
  const isInk = (r: number, g: number, b: number) => r < level && g < level && b < level;
  const rows: number[] = [];
  for (let y = Math.max(0, px(box.top)); y <= Math.min(raster.height - 1, px(box.bottom)); y++) if (scanRow(raster, y, isInk, x0, x1).count > 0) rows.push(y);
  return rows;
}

/** The lowest row of dark ink inside a box given in mm (e.g. the 文号 line's text box, widened downwards). */
export function darkInkBottom(raster: Raster, box: BoxMm, level: number = inkLevel.solid): number | null {
  const rows = darkRows(raster, box, level);
  const last = rows[rows.length - 1];
  return last === undefined ? null : pxToMm(last + 1, raster.dpi);
}

/** The highest row of dark ink inside a box given in mm (e.g. the top edge of the page-number dash). */
export function darkInkTop(raster: Raster, box: BoxMm, level: number = inkLevel.solid): number | null {
  const first = darkRows(raster, box, level)[0];
  return first === undefined ? null : pxToMm(first, raster.dpi);
}
