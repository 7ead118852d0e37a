/** §5 item 13: the four ordinal forms, levels that nest properly, no skipped levels, sequences from one. */
import type { DocxParagraph } from '../docx-read/docx-model.ts';
import type { CheckContext } from './check-context.ts';
import type { HeadingLevel, Ordinal } from './text-patterns.ts';

interface Heading {
  paragraph: DocxParagraph;
  ordinal: Ordinal;
}

const levelName = (level: HeadingLevel) => ['一级（“一、”）', '二级（“（一）”）', '三级（“1.”）', '四级（“（1）”）'][level - 1]!;

export function checkHeadings(ctx: CheckContext): void {
  for (const scope of scopes(ctx)) {
    const levelsUsed = new Set(scope.map((h) => h.ordinal.level));
    const counters: number[] = [0, 0, 0, 0, 0];
    scope.forEach((heading, index) => {
      const { ordinal, paragraph } = heading;
      const { level } = ordinal;
      if (ordinal.expected) ctx.report('heading-ordinal', paragraph, `序数“${ordinal.typed}”不规范，应为“${ordinal.expected}”`);

      const parentIndex = findLastIndex(scope, index, (h) => h.ordinal.level < level);
      const between = scope.slice(parentIndex + 1, index);
      const deeperFirst = between.findIndex((h) => h.ordinal.level > level);
      const sameFirst = between.findIndex((h) => h.ordinal.level === level);
      if (deeperFirst !== -1 && (sameFirst === -1 || deeperFirst < sameFirst)) {
        const deeper = between[deeperFirst]!;
        ctx.report('heading-nesting', paragraph, `${levelName(level)}标题“${ordinal.typed}”出现在${levelName(deeper.ordinal.level)}标题“${deeper.ordinal.typed}”之下，中间没有新的上级标题`);
      }
      const parentLevel = parentIndex === -1 ? 0 : scope[parentIndex]!.ordinal.level;
      const tolerated = levelsUsed.size <= 2;
      if (level - parentLevel > 1 && !tolerated && sameFirst === -1) {
        ctx.report('heading-skip', paragraph, parentLevel === 0 ? `第一个标题是${levelName(level)}，前面没有一级标题` : `${levelName(parentLevel as HeadingLevel)}之下直接用了${levelName(level)}标题，跳过了中间层级`);
      }
      counters[level] = (counters[level] ?? 0) + 1;
      for (let deeper = level + 1; deeper <= 4; deeper++) counters[deeper] = 0;
      if (ordinal.value !== counters[level]) {
        ctx.report('heading-sequence', paragraph, `序数“${ordinal.typed}”应为第 ${counters[level]} 个${levelName(level)}标题，序号不连续`);
        counters[level] = ordinal.value;
      }
    });
  }
}

/** The main text, then each attachment: numbering starts again in every one. */
function scopes(ctx: CheckContext): Heading[][] {
  const result: Heading[][] = [[]];
  for (const paragraph of ctx.model.paragraphs) {
    if (ctx.role(paragraph) === 'attachmentLabel') result.push([]);
    const ordinal = ctx.roles.ordinals.get(paragraph.number);
    if (ordinal && ctx.role(paragraph) === 'heading') result.at(-1)!.push({ paragraph, ordinal });
  }
  return result;
}

function findLastIndex<T>(items: readonly T[], before: number, predicate: (item: T) => boolean): number {
  for (let i = before - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}
