/**
 * Every GB/T 9704-2012 number the project uses, in OOXML units (twips unless noted;
 * font sizes in half-points as `w:sz` wants them). The docx writer, the preview, the
 * checker and the tests read them from here and nowhere else.
 */
export const gbt9704 = {
  /** A4 portrait (§5.2.1). */
  page: { width: 11906, height: 16838 },
  /** 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (§5.2.2); footer so the page-number dash sits 7 mm below the 版心. */
  margin: { top: 2098, right: 1474, bottom: 1984, left: 1587, header: 851, footer: 1446, gutter: 0 },
  /** 22 lines fit only at a pitch of ≤ 579 twips in a 12756-twip 版心. */
  linePitch: 579,
  linesPerPage: 22,
  charsPerLine: 28,
  /**
   * 3号 body characters drawn at 98 % width (15.68 pt) so 28 fit the 156 mm line. A −0.25 pt
   * character spacing gives the same line, but LibreOffice 7.4 then drops a 。or ，that hangs
   * past the margin at a justified line's end (measured by the render suite); scaling does not.
   */
  bodyCharacterScale: 98,
  /** One 3号 character is 320 twips wide; one 4号 character 280. */
  char: { body: 320, small: 280 },
  indent: {
    firstLineChars: 200,
    firstLineTwips: 640,
    /** 成文日期 右空四字 (§7.3.5.1). */
    dateRight: 1280,
    /** Page number 空一字 from the outer edge (§7.5), one 4号 character. */
    pageNumber: 280,
  },
  /** Page-number line height: one 4号 line, exact. */
  pageNumberLine: 280,
  /** Blank lines before the 署名: one when unsealed (§7.3.5.2), two for a seal or a 签名章 (house choice within §7.3.5.1/§7.3.5.3). */
  blankLinesBeforeSignature: { unsealed: 1, sealed: 2, signatureSeal: 2 },
  /** 发文机关标志: its top edge 35 mm below the 版心 top (§7.2.4), 小标宋, red, on one line. */
  mark: { offsetFromTextTop: 1984, maxSize: 72, minSize: 44, sizeStep: 2 },
  /** Blank lines between the mark and the 发文字号, and between the red line and the title (§7.2.4, §7.3.1). */
  blankLinesAfterMark: 2,
  blankLinesBeforeTitle: 2,
  /** Red separator 4 mm under the 文号: a paragraph bottom border (w:sz eighths of a point, w:space points). */
  separator: { size: 12, space: 8, starCellWidth: 640 },
  /** 签发人 and 文号 sit one character in from the 版心 edges (§7.2.5). */
  signerInset: 320,
  /** 版记 rules: first and last 0.35 mm, the ones between 0.25 mm (§7.4.1), in eighths of a point. */
  recordRule: { thick: 8, thin: 6 },
  /**
   * 信函式 (§10.1): mark top 30 mm from the paper top; red double lines 170 mm long, the upper
   * 4 mm under the mark, the lower 20 mm above the paper bottom; elements under the upper line
   * start 7/8 of a 3号 character (≈ 280 twips) below it.
   */
  letter: { headerDistance: 1701, footerDistance: 1134, lineWidth: 9638, ruleSize: 18, ruleSpace: 8, gapBelowRule: 280 },
  /** Table borders in the body, eighths of a point. */
  tableRule: 4,
  size: {
    title: 44,
    body: 32,
    pageNumber: 28,
    record: 28,
    table: 28,
  },
  colour: { text: '000000', red: 'FF0000' },
} as const;

/** Width of the 版心 in twips, derived rather than stored so it cannot drift from the margins. */
export const textBlockWidth = gbt9704.page.width - gbt9704.margin.left - gbt9704.margin.right;
