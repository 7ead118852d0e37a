/**
 * A .docx as plain data, with every property already resolved through docDefaults, the
 * style chain and direct formatting, so checks never need to know where a value came from.
 * Units are those of WordprocessingML: twips, `w:sz` half-points, border eighths of a point.
 */

export interface RunFonts {
  ascii: string | null;
  hAnsi: string | null;
  eastAsia: string | null;
  cs: string | null;
  hint: string | null;
}

export interface RunProps {
  fonts: RunFonts;
  /** Half-points (`w:sz`); null when nothing in the chain sets it (Word then uses 10 pt). */
  size: number | null;
  /** Upper-case hex, or null for `auto`/unset (black). */
  color: string | null;
  bold: boolean;
  /** Twips added to every character advance (`w:spacing` in rPr). */
  characterSpacing: number;
  /** Horizontal character scale in percent (`w:w`), 100 when unset. */
  scale: number;
}

export interface Border {
  style: string;
  /** Eighths of a point. */
  size: number;
  color: string | null;
}

export interface Indent {
  left: number;
  right: number;
  /** Twips; negative for a hanging indent. */
  firstLine: number;
  /** Hundredths of a character (`w:firstLineChars`); negative for `w:hangingChars`; null when unset. */
  firstLineChars: number | null;
  leftChars: number | null;
  rightChars: number | null;
}

export type LineRule = 'auto' | 'exact' | 'atLeast';

export interface ParagraphProps {
  styleId: string | null;
  align: string;
  indent: Indent;
  /** `w:line` in twips (exact/atLeast) or 240ths of a line (auto); null when unset. */
  line: number | null;
  lineRule: LineRule;
  before: number;
  after: number;
  outlineLevel: number | null;
  snapToGrid: boolean;
  pageBreakBefore: boolean;
  borders: { top: Border | null; bottom: Border | null };
  /** Automatic list numbering (`w:numPr`): the ordinal is not in the text. */
  numbered: boolean;
}

export interface DocxRun {
  text: string;
  props: RunProps;
}

export interface DocxParagraph {
  /** 1-based, in reading order over body, table cells and text boxes; footers count separately. */
  number: number;
  part: string;
  container: 'body' | 'table' | 'textbox';
  /** What a reader sees: tabs as \t, line breaks as \n, field results included. */
  text: string;
  /** The text with each field shown as {INSTRUCTION} instead of its cached result, e.g. `— {PAGE} —`. */
  fieldText: string;
  runs: DocxRun[];
  props: ParagraphProps;
  /** Run properties of the paragraph style chain: what an empty paragraph or typed text would get. */
  styleRunProps: RunProps;
  styleName: string | null;
  /** Holds a drawing, picture or shape (a red line, a seal image); such a paragraph is not empty on the page. */
  hasDrawing: boolean;
  /** Starts on a new page: `w:pageBreakBefore`, a page break before its text, or a break ending the previous paragraph or section. */
  startsPage: boolean;
  /** Index into `DocxModel.sections`. */
  section: number;
  /** Index into `DocxModel.tables` for paragraphs in a table cell. */
  table: number | null;
}

export interface DocxTable {
  part: string;
  /** Paragraph numbers inside the table, in reading order. */
  paragraphs: number[];
  /** `w:tblW` in twips when given as dxa, else null. */
  width: number | null;
  gridColumns: number[];
  borders: { top: Border | null; bottom: Border | null; insideH: Border | null };
  rowCount: number;
}

export interface DocxSection {
  pageSize: { width: number | null; height: number | null; landscape: boolean };
  margin: { top: number | null; right: number | null; bottom: number | null; left: number | null; header: number | null; footer: number | null };
  grid: { type: string | null; linePitch: number | null; charSpace: number | null };
  /** Footer part names by reference type, as written in this section (inheritance resolved). */
  footers: { default: string | null; even: string | null; first: string | null };
  titlePage: boolean;
  pageNumberStart: number | null;
  /** First and last paragraph number of the section. */
  firstParagraph: number;
  lastParagraph: number;
}

export interface DocxFooter {
  part: string;
  paragraphs: DocxParagraph[];
}

export interface DocxModel {
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
  sections: DocxSection[];
  footers: Map<string, DocxFooter>;
  settings: { evenAndOddHeaders: boolean };
  /** Tracked changes (insertions, deletions, moves) not yet accepted or rejected; text reads as if all were accepted. */
  revisions: number;
}
