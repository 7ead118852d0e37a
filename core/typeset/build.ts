/** Small constructors for typeset paragraphs and runs, so the composers read like the element map. */
import { gbt9704 } from '../layout/gbt9704.ts';
import { inlineItemText, type Inline } from '../model/inline.ts';
import { stripXmlInvalid } from '../text/xml-safe.ts';
import type { FontRole, ParagraphRole, TypesetParagraph, TypesetRun } from './typeset.ts';

export interface RunOptions {
  font?: FontRole;
  size?: number;
  color?: TypesetRun['color'];
}

/** A 3号 run by default; 3号 text is narrowed to fit 28 characters a line, other sizes are not. */
export function run(text: string, options: RunOptions = {}): TypesetRun {
  const size = options.size ?? gbt9704.size.body;
  return {
    text: stripXmlInvalid(text),
    font: options.font ?? 'fangsong',
    size,
    characterSpacing: 0,
    ...(size === gbt9704.size.body ? { scale: gbt9704.bodyCharacterScale } : {}),
    color: options.color ?? 'black',
  };
}

/** Inline model content as runs: text keeps its font, soft breaks become line-break runs. */
export function inlineRuns(content: readonly Inline[], options: RunOptions = {}): TypesetRun[] {
  return content.map((inline) => {
    if (inline.type === 'break') return { ...run('', options), lineBreak: true };
    if (inline.type === 'field') return run(inlineItemText(inline), options);
    return { ...run(inline.text, options), ...(inline.bold ? { bold: true } : {}) };
  });
}

export type ParagraphOptions = Partial<Omit<TypesetParagraph, 'kind' | 'role' | 'runs'>>;

export function paragraph(role: ParagraphRole, runs: TypesetRun[], options: ParagraphOptions = {}): TypesetParagraph {
  return {
    kind: 'paragraph',
    role,
    runs,
    align: options.align ?? 'both',
    indent: options.indent ?? { left: 0, right: 0, firstLine: 0 },
    lineHeight: options.lineHeight ?? gbt9704.linePitch,
    keepNext: options.keepNext ?? false,
    pageBreakBefore: options.pageBreakBefore ?? false,
    tabs: options.tabs ?? [],
    borderBottom: options.borderBottom ?? null,
    ...(options.borderTop ? { borderTop: options.borderTop } : {}),
    source: options.source ?? null,
  };
}

/** An empty line of the grid: GB/T 9704's "空一行". */
export function blankLine(source: string | null = null): TypesetParagraph {
  return paragraph('blank', [], { source });
}

export function blankLines(count: number): TypesetParagraph[] {
  return Array.from({ length: count }, () => blankLine());
}

/** 左空二字: the 2-character first-line indent of body paragraphs. */
export const bodyIndent = { left: 0, right: 0, firstLine: gbt9704.indent.firstLineTwips } as const;
