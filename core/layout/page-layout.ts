/**
 * The layout engine's output: pages of absolutely positioned lines and rules, in twips from
 * the paper's top-left corner, so a React component can draw each page and a click on a line
 * finds the model element through `source`.
 */
import type { FontRole, ParagraphRole, TypesetRun } from '../typeset/typeset.ts';

/** A piece of one run on one line, at `x` twips from the line's left edge. */
export interface LineRun {
  text: string;
  x: number;
  /** Natural width (sum of advances, character spacing included). */
  width: number;
  font: FontRole;
  size: number;
  characterSpacing: number;
  /** Horizontal scale in percent. */
  scale: number;
  color: TypesetRun['color'];
  bold: boolean;
}

export interface LaidLine {
  /** The characters on the line; tabs are dropped, their effect is in the runs' `x`. */
  text: string;
  role: ParagraphRole | 'pageNumber';
  source: string | null;
  /** Index of the flow item (paragraph or table) the line belongs to. */
  item: number;
  /** Left edge of the first character and top of the line box, in twips from the paper corner. */
  x: number;
  y: number;
  /** Natural width of the text, hanging punctuation included. */
  width: number;
  /** Exact line height of the paragraph. */
  height: number;
  /**
   * Justified (`both` except last lines, and `distribute`): the width the text is spread over,
   * measured from `x`, hanging punctuation excluded. Null: draw at natural width.
   */
  justifyTo: number | null;
  /** Width of a final 。，、 etc. that hangs past the right margin (LibreOffice's hanging punctuation). */
  hanging: number;
  runs: LineRun[];
}

/** A straight rule: paragraph borders (red separator), table borders (版记 lines, cell sides). */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Eighths of a point, as in OOXML. */
  size: number;
  color: 'black' | 'red';
  style: 'single' | 'thickThin' | 'thinThick';
  item: number;
}

export type PageKind = 'content' | 'blank' | 'record';

export interface LaidPage {
  /** 1-based physical page number; numbering continues over attachments and counts blank pages. */
  number: number;
  kind: PageKind;
  /** Page numbers: none on blank pages, on the 版记-only page, or on a 信函's first page (§7.5, §10.1). */
  showNumber: boolean;
  /** The `— N —` footer line when shown: odd pages right, even pages left, one 4号 character in. */
  pageNumber: LaidLine | null;
  lines: LaidLine[];
  rules: Rule[];
}

export interface RecordPadding {
  /** Blank 579-twip lines before the 版记 on its page. */
  blankLines: number;
  /**
   * Height in twips of one more blank paragraph (exact line height) after those lines, so the
   * 版记's last rule lands on the 版心 bottom rather than up to a line above it; 0 for none.
   */
  spacer: number;
  /** The 版记 starts a page of its own (the writer puts it in a new section without page numbers). */
  newPage: boolean;
  /** A blank odd page comes before the 版记 page (the body ended on an even page that is full). */
  blankPageBefore: boolean;
}

export interface DocumentLayout {
  pages: LaidPage[];
  /** Null when the document has no 版记. */
  recordPadding: RecordPadding | null;
  /** False when page 1 holds no 正文 line: the caller moves 主送 into the 版记 (§7.3.2). */
  firstPageShowsBody: boolean;
}
