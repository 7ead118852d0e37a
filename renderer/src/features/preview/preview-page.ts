/**
 * What the paged preview draws: pages of absolutely positioned lines and rules, in twips
 * relative to the page's top-left corner. Built from the layout engine's result, so the
 * preview breaks lines and pages exactly where the .docx does.
 */
import type { FontRole } from '../../../../core/typeset/typeset.ts';

export interface PreviewRun {
  text: string;
  font: FontRole;
  /** Half-points. */
  size: number;
  /** Twips added after every character. */
  spacing: number;
  color: 'black' | 'red';
  /** Twips from the line's left edge, for runs placed by a tab stop; others follow the previous run. */
  x?: number;
}

export interface PreviewLine {
  /** Twips from the page's left edge to the line's left edge. */
  x: number;
  /** Twips from the page's top edge to the top of the line box. */
  y: number;
  width: number;
  height: number;
  runs: PreviewRun[];
  /** Spread the characters to fill `width` (justified lines that are not a paragraph's last). */
  justify: boolean;
  source: string | null;
}

export interface PreviewRule {
  x: number;
  y: number;
  width: number;
  /** Twips. */
  thickness: number;
  color: 'black' | 'red';
  double?: 'thickThin' | 'thinThick';
}

export interface PreviewPage {
  lines: PreviewLine[];
  rules: PreviewRule[];
  /** "— 3 —", its side and its distance from that page edge in twips; null on blank and 版记-only pages. */
  pageNumber: { text: string; side: 'left' | 'right'; inset: number } | null;
}
