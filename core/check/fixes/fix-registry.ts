/** The safe fixes: what each changes, in Chinese for the notice, and which text it may touch. */
import { fullWidthAlnumEdits } from './alnum-fix.ts';
import { dateEdits } from './date-fix.ts';
import { documentNumberEdits } from './document-number-fix.ts';
import type { TextPlace } from './document-text.ts';
import { dashEdits, ellipsisEdits } from './ellipsis-dash-fix.ts';
import { ordinalEdits } from './ordinal-fix.ts';
import { halfWidthPunctuationEdits } from './punctuation-fix.ts';
import type { TextFixer } from './text-edit.ts';

export interface FixDefinition {
  label: string;
  edits: TextFixer;
  places: readonly TextPlace[];
}

const runningText: TextPlace[] = ['heading-line', 'paragraph', 'block'];

/** In the order 全部安全修正 applies them: widths before punctuation, 文号 brackets before parentheses. */
export const fixes = {
  alnum: { label: '全角数字字母改为半角', edits: fullWidthAlnumEdits, places: ['documentNumber', ...runningText] },
  'document-number': { label: '发文字号改用六角括号', edits: documentNumberEdits, places: ['documentNumber', 'paragraph', 'block'] },
  punctuation: { label: '半角标点改为全角', edits: halfWidthPunctuationEdits, places: runningText },
  date: { label: '日期改为“年月日”写法', edits: dateEdits, places: ['paragraph', 'block'] },
  ellipsis: { label: '省略号改为“……”', edits: ellipsisEdits, places: runningText },
  dash: { label: '破折号改为“——”', edits: dashEdits, places: runningText },
  ordinal: { label: '序数改为规范写法', edits: ordinalEdits, places: ['paragraph'] },
} as const satisfies Record<string, FixDefinition>;

export type FixId = keyof typeof fixes;

export const fixIds = Object.keys(fixes) as FixId[];
