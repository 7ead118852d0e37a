/**
 * What import tells the writer about its choices: an ordinal it rewrote to the standard
 * form, an ordinal it kept as typed text (so the structure is not guessed), a byline line
 * it left in place. Each names the line of the draft it concerns.
 */
export type ImportNotice =
  /** `1．` recognised as a level-3 heading; the model computes the ordinal, printed `1.`. */
  | { kind: 'ordinalRewritten'; line: number; offset: number; typed: string; printed: string }
  /** A paragraph opening with an ordinal that was not the expected next one, or not in a standard form. */
  | { kind: 'ordinalKeptAsText'; line: number; typed: string; expected: string | null }
  /** A date under the title after the speaker: 白头材料 print the date first, so it stays body text. */
  | { kind: 'bylineDateAfterSpeaker'; line: number }
  /** The recognised structure did not print the draft's text back exactly; everything became paragraphs. */
  | { kind: 'recognitionFallback' };

/** `unit` is 行 for .txt lines and 段 for .docx paragraphs. */
export function describeNotice(notice: ImportNotice, unit: '行' | '段'): string {
  switch (notice.kind) {
    case 'ordinalRewritten':
      return `第${notice.line}${unit}：序号“${notice.typed}”按标准写法排为“${notice.printed}”。`;
    case 'ordinalKeptAsText':
      return notice.expected === null
        ? `第${notice.line}${unit}：序号“${notice.typed}”不是 GB/T 9704 规定的写法（一、（一）1.（1）），按正文段落保留原样，请改正后重新导入。`
        : `第${notice.line}${unit}：序号“${notice.typed}”与上文不连续（此处应为“${notice.expected}”），按正文段落保留原样，以免打乱层次。`;
    case 'bylineDateAfterSpeaker':
      return `第${notice.line}${unit}：日期写在讲话人之后；白头材料按“标题、副标题、日期、讲话人”排列，此行按正文保留，请调整顺序后重新导入。`;
    case 'recognitionFallback':
      return '未能可靠识别文档结构，已把全文按正文段落导入，文字一字未改。';
  }
}
