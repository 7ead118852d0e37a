/**
 * Text lines of a PDF from `pdftotext -bbox-layout`. pdftotext splits CJK text into many
 * "words" and its own <line> grouping sometimes merges or splits visual lines, so words are
 * regrouped by the bottom of their box (±2 pt, as in the PoC) and sorted left to right.
 * The box bottom stands in for the baseline: poppler reports font boxes, not baselines.
 */
import { XMLParser } from 'fast-xml-parser';
import { mmPerPoint, ptToMm } from './units.ts';

export interface PdfWord {
  text: string;
  /** Millimetres, like the lines. */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export interface PdfLine {
  /** Words joined without spaces (pdftotext drops them anyway). */
  text: string;
  /** Millimetres from the paper's left edge / top edge. */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Median advance of one CJK character in points: ~15.75 for condensed 3号, 22 for 2号, 14 for 4号. */
  cjkPitch: number | null;
  words: PdfWord[];
}

export interface PdfPage {
  /** 1-based page number in the PDF. */
  number: number;
  widthMm: number;
  heightMm: number;
  lines: PdfLine[];
}

const sameLineToleranceMm = ptToMm(2);
const cjk = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]/u;
const cjkOnly = new RegExp(`^(?:${cjk.source})+$`, 'u');

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['page', 'flow', 'block', 'line', 'word'].includes(name),
  processEntities: true,
  htmlEntities: true,
  trimValues: false,
  // Words like 000012 (份号) must stay text, not become the number 12.
  parseTagValue: false,
});

interface RawWord {
  '#text'?: string | number;
  xMin: string;
  xMax: string;
  yMin: string;
  yMax: string;
}

interface RawPage {
  width: string;
  height: string;
  flow?: { block?: { line?: { word?: RawWord[] }[] }[] }[];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

function pitchOf(words: readonly PdfWord[]): number | null {
  const pitches = words.filter((w) => cjkOnly.test(w.text)).map((w) => (w.x1 - w.x0) / mmPerPoint / [...w.text].length);
  return median(pitches);
}

function groupLines(words: PdfWord[]): PdfLine[] {
  const sorted = [...words].sort((a, b) => a.bottom - b.bottom || a.x0 - b.x0);
  const groups: PdfWord[][] = [];
  for (const word of sorted) {
    const last = groups[groups.length - 1];
    const anchor = last?.[0];
    if (last && anchor && Math.abs(anchor.bottom - word.bottom) <= sameLineToleranceMm) last.push(word);
    else groups.push([word]);
  }
  return groups.map((group) => {
    const inOrder = group.sort((a, b) => a.x0 - b.x0);
    return {
      text: inOrder.map((w) => w.text).join(''),
      x0: Math.min(...inOrder.map((w) => w.x0)),
      x1: Math.max(...inOrder.map((w) => w.x1)),
      top: Math.min(...inOrder.map((w) => w.top)),
      bottom: Math.max(...inOrder.map((w) => w.bottom)),
      cjkPitch: pitchOf(inOrder),
      words: inOrder,
    };
  });
}

/** Parses the XHTML that `pdftotext -bbox-layout file.pdf -` prints. */
export function parseBboxLayout(xhtml: string): PdfPage[] {
  const root = parser.parse(xhtml) as { html?: { body?: { doc?: { page?: RawPage[] } } } };
  const pages = root.html?.body?.doc?.page ?? [];
  return pages.map((page, index) => {
    const words: PdfWord[] = [];
    for (const flow of page.flow ?? [])
      for (const block of flow.block ?? [])
        for (const line of block.line ?? [])
          for (const word of line.word ?? []) {
            const text = String(word['#text'] ?? '').trim();
            if (text) words.push({ text, x0: ptToMm(Number(word.xMin)), x1: ptToMm(Number(word.xMax)), top: ptToMm(Number(word.yMin)), bottom: ptToMm(Number(word.yMax)) });
          }
    return { number: index + 1, widthMm: ptToMm(Number(page.width)), heightMm: ptToMm(Number(page.height)), lines: groupLines(words) };
  });
}
