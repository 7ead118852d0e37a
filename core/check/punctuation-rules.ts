/** §5 item 17: half-width punctuation in Chinese text, full-width digits and letters, ellipsis and dash forms; dates typed with separators. */
import type { DocxParagraph } from '../docx-read/docx-model.ts';
import type { CheckContext } from './check-context.ts';
import { dateEdits } from './fixes/date-fix.ts';
import type { Role } from './roles.ts';
import { cjk } from './text-patterns.ts';

const halfWidth = new Set([',', '.', ':', ';', '?', '!', '(', ')', '"']);
/** A full stop before Chinese text is an ordinal (1.工作), so only a stop after Chinese counts. */
const afterCjkOnly = new Set(['.']);

function halfWidthMarks(text: string): string[] {
  const chars = [...text];
  const found = new Set<string>();
  chars.forEach((ch, i) => {
    if (!halfWidth.has(ch)) return;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    // A run of stops is a mistyped ellipsis, reported once by its own rule.
    if (ch === '.' && (before === '.' || after === '.')) return;
    if (cjk.test(before) || (!afterCjkOnly.has(ch) && cjk.test(after))) found.add(ch);
  });
  return [...found];
}

const ellipses: [RegExp, string][] = [
  [/\.{3,}/, '...'],
  [/。{2,}/, '。。。'],
  [/[．·]{3,}/, '···'],
  [/(?<!…)…(?!…)/, '单个“…”'],
];

const dashes: [RegExp, string][] = [
  [/-{2,}/, '--'],
  [/－{2,}/, '－－'],
  [/—{3,}/, '三个以上的“—”'],
  [/(?<![—\d])—(?![—\d])/, '单个“—”'],
];

/** Running text; the 成文日期 and 印发日期 lines have their own rule (date-form). */
const runningText = new Set<Role>(['body', 'heading', 'tableCell', 'attachmentTitle', 'note']);

export function checkPunctuation(ctx: CheckContext): void {
  for (const paragraph of ctx.model.paragraphs) {
    checkText(ctx, paragraph);
    if (runningText.has(ctx.role(paragraph))) checkDates(ctx, paragraph);
  }
}

function checkDates(ctx: CheckContext, paragraph: DocxParagraph): void {
  const [first] = dateEdits(paragraph.text);
  if (first) ctx.report('text-date', paragraph, `日期“${paragraph.text.slice(first.start, first.end)}”应写作“${first.text}”`);
}

function checkText(ctx: CheckContext, paragraph: DocxParagraph): void {
  const { text } = paragraph;
  if (!text.trim()) return;
  const marks = halfWidthMarks(text);
  if (marks.length > 0) ctx.report('half-width-punctuation', paragraph, `中文句子中用了半角标点“${marks.join('”“')}”，应为全角`);
  const wide = [...new Set(text.match(/[０-９Ａ-Ｚａ-ｚ]/g) ?? [])];
  if (wide.length > 0) ctx.report('full-width-alnum', paragraph, `用了全角数字或字母“${wide.join('')}”，应为半角`);
  const ellipsis = ellipses.find(([pattern]) => pattern.test(text));
  if (ellipsis) ctx.report('ellipsis', paragraph, `省略号写成了${ellipsis[1].startsWith('单') ? ellipsis[1] : `“${ellipsis[1]}”`}，应为“……”`);
  const dash = dashes.find(([pattern]) => pattern.test(text));
  if (dash) ctx.report('dash', paragraph, `破折号写成了${dash[1].includes('“') ? dash[1] : `“${dash[1]}”`}，应为“——”（单个“—”只用作一字线，如数字范围）`);
}
