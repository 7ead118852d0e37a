import { describe, expect, it } from 'vitest';
import { darkInkBottom, darkInkTop, findRedInk, inkLevel, parsePpm, type Raster } from './page-ink.ts';

const dpi = 25.4; // one pixel per millimetre keeps the arithmetic readable

function raster(width: number, height: number, paint: (x: number, y: number) => [number, number, number] | null): Raster {
  const pixels = new Uint8Array(width * height * 3).fill(255);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const colour = paint(x, y);
      if (colour) pixels.set(colour, (y * width + x) * 3);
    }
  return { width, height, pixels, dpi };
}

const red: [number, number, number] = [255, 0, 0];
const black: [number, number, number] = [0, 0, 0];

describe('findRedInk', () => {
  it('finds the top of red lettering and the first long red rule below it', () => {
    const page = raster(210, 297, (x, y) => {
      if (y >= 72 && y < 84 && x % 12 < 9 && x >= 30 && x < 180) return red; // lettering: short runs
      if (y === 120 && x >= 28 && x < 184) return red; // separator
      if (y === 250 && x >= 20 && x < 190) return red; // a later red rule is not the separator
      return null;
    });
    const ink = findRedInk(page);
    expect(ink?.top).toBeCloseTo(72, 6);
    expect(ink?.rule).toEqual({ top: expect.closeTo(120, 6), bottom: expect.closeTo(121, 6), x0: expect.closeTo(28, 6), x1: expect.closeTo(184, 6) });
  });

  it('accepts a rule split by a ★ in the middle', () => {
    const page = raster(210, 200, (x, y) => (y === 100 && x >= 28 && x < 184 && (x < 100 || x >= 112) ? red : y >= 97 && y < 104 && x >= 103 && x < 109 ? red : null));
    const ink = findRedInk(page);
    expect(ink?.rule).toMatchObject({ x0: expect.closeTo(28, 6), x1: expect.closeTo(184, 6) });
    expect(ink?.top).toBeCloseTo(97, 6);
  });

  it('reports no rule when there is only lettering, and nothing on a page without red', () => {
    expect(findRedInk(raster(210, 100, (x, y) => (y === 50 && x % 10 < 8 ? red : null)))?.rule).toBeNull();
    expect(findRedInk(raster(50, 50, () => null))).toBeNull();
  });
});

describe('dark ink in a box', () => {
  const page = raster(100, 100, (x, y) => (x >= 20 && x < 40 && y >= 30 && y < 38 ? black : y === 60 ? black : null));

  it('returns the lowest and highest dark rows inside the box', () => {
    expect(darkInkBottom(page, { x0: 10, x1: 50, top: 25, bottom: 45 })).toBeCloseTo(38, 6);
    expect(darkInkTop(page, { x0: 10, x1: 50, top: 25, bottom: 45 })).toBeCloseTo(30, 6);
  });

  it('sees a grey hairline only at the hairline level', () => {
    const grey = raster(40, 40, (x, y) => (y === 20 && x >= 5 && x < 30 ? [150, 150, 150] : null));
    expect(darkInkTop(grey, { x0: 0, x1: 40, top: 10, bottom: 30 })).toBeNull();
    expect(darkInkTop(grey, { x0: 0, x1: 40, top: 10, bottom: 30 }, inkLevel.hairline)).toBeCloseTo(20, 6);
  });

  it('ignores ink outside the box', () => {
    expect(darkInkBottom(page, { x0: 60, x1: 90, top: 25, bottom: 45 })).toBeNull();
    expect(darkInkTop(page, { x0: 10, x1: 50, top: 40, bottom: 55 })).toBeNull();
  });
});

describe('parsePpm', () => {
  it('reads the P6 header with comments and keeps the pixels', () => {
    const header = new TextEncoder().encode('P6\n# pdftoppm\n2 1\n255\n');
    const bytes = new Uint8Array([...header, 255, 0, 0, 0, 0, 0]);
    const parsed = parsePpm(bytes, 150);
    expect(parsed).toMatchObject({ width: 2, height: 1, dpi: 150 });
    expect([...parsed.pixels]).toEqual([255, 0, 0, 0, 0, 0]);
  });

  it('refuses other formats with a Chinese message', () => {
    expect(() => parsePpm(new TextEncoder().encode('P5\n1 1\n255\n\0'), 150)).toThrow(/P6/);
  });
});
