/**
 * The typeset form of a document: every printed paragraph with its GB/T 9704 role, fonts,
 * sizes, indents and exact line height, in twips. Composed once from the model
 * (core/typeset/compose.ts); the layout engine breaks it into lines and pages and the
 * docx writer turns it into WordprocessingML, so preview, PDF and .docx agree.
 */

/** Typeface roles; core/layout/font-profiles.ts maps them to font names. */
export type FontRole = 'fangsong' | 'kaiti' | 'heiti' | 'xiaobiaosong' | 'songti';

export type ParagraphRole =
  | 'copyNumber'
  | 'secrecy'
  | 'urgency'
  | 'markSpacer'
  | 'mark'
  | 'documentNumber'
  | 'blank'
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'addressee'
  | 'body'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'enumeration'
  | 'attachmentNote'
  | 'signature'
  | 'signerTitle'
  | 'date'
  | 'note'
  | 'minutesList'
  | 'attachmentLabel'
  | 'attachmentTitle'
  | 'tableCell'
  | 'recordAddressee'
  | 'recordCc'
  | 'recordPrinter'
  | 'recordEnd';

export interface TypesetRun {
  /** Text without newlines; a soft line break is a run with `lineBreak: true` and empty text. */
  text: string;
  lineBreak?: boolean;
  font: FontRole;
  /** Half-points, as `w:sz`. */
  size: number;
  /** Twips added to every character advance (`w:spacing`). */
  characterSpacing: number;
  /** Horizontal scale of every character in percent (`w:w`), e.g. 98 for 3号 body text; 100 when absent. */
  scale?: number;
  color: 'black' | 'red';
  bold?: boolean;
}

export interface TabStop {
  kind: 'left' | 'center' | 'right';
  /** Twips from the left edge of the 版心. */
  position: number;
}

export interface ParagraphBorder {
  color: 'red';
  /** Eighths of a point. */
  size: number;
  /** Points between the text and the rule. */
  space: number;
  /** `double` draws 信函式 thick-over-thin (top line) or thin-over-thick (bottom line) pairs. */
  style?: 'single' | 'thickThin' | 'thinThick';
}

export interface TypesetParagraph {
  kind: 'paragraph';
  role: ParagraphRole;
  runs: TypesetRun[];
  /** `distribute` spreads the characters over the whole line (joint organ names of equal width). */
  align: 'left' | 'center' | 'right' | 'both' | 'distribute';
  /** Twips; `firstLine` is negative for a hanging indent. */
  indent: { left: number; right: number; firstLine: number };
  /** Exact line height in twips (`w:spacing w:line … lineRule=exact`). */
  lineHeight: number;
  keepNext: boolean;
  pageBreakBefore: boolean;
  tabs: TabStop[];
  /** The red separator under the 发文字号 (or 签发人) line. */
  borderBottom: ParagraphBorder | null;
  /** The red double line at the foot of a 信函's first page. */
  borderTop?: ParagraphBorder | null;
  /** Index path of the model element this paragraph came from, for preview ↔ editor navigation. */
  source: string | null;
}

export interface TypesetCell {
  paragraphs: TypesetParagraph[];
  /** Twips. */
  width: number;
  colSpan: number;
  /** `restart` opens a vertical merge, `continue` is covered by the cell above. */
  verticalMerge: 'restart' | 'continue' | null;
  /** A rule under this cell only (the ★ separator); table-wide rules are in `TypesetTable.borders`. */
  borderBottom?: TypesetTableBorder | null;
}

export interface TypesetTableBorder {
  /** Eighths of a point, as `w:sz` on borders. */
  size: number;
  color?: 'black' | 'red';
}

export interface TypesetTable {
  kind: 'table';
  role: 'bodyTable' | 'record' | 'jointMark' | 'separatorStar';
  /** Twips per grid column; they sum to the table width. */
  columnWidths: number[];
  rows: { cells: TypesetCell[]; header: boolean; height: number | null; cantSplit: boolean }[];
  borders: {
    top: TypesetTableBorder | null;
    bottom: TypesetTableBorder | null;
    insideH: TypesetTableBorder | null;
    insideV: TypesetTableBorder | null;
    left: TypesetTableBorder | null;
    right: TypesetTableBorder | null;
  };
  source: string | null;
}

export type TypesetItem = TypesetParagraph | TypesetTable;

export interface TypesetDocument {
  /** Everything from the first 版头 line to the 版记, in print order; attachments start with `pageBreakBefore`. */
  flow: TypesetItem[];
  /** Index in `flow` where the 版记 starts (it is placed at the foot of the last even page), or null. */
  recordStart: number | null;
  /** No page number on the first page of a 信函 (§10.1). */
  pageNumbers: { firstPage: boolean };
  /**
   * 信函式 only: the first page's header (mark 30 mm from the paper top and the red double
   * line under it) and footer (the red double line 20 mm above the paper bottom), with the
   * header/footer distances in twips they need.
   */
  letterhead: { header: TypesetParagraph[]; footer: TypesetParagraph[]; headerDistance: number; footerDistance: number } | null;
  /** The font names used for each role. */
  fonts: Record<FontRole, string> & { latin: string };
}
