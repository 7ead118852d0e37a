/**
 * What the writer reads about a column mapping, in Chinese: one line per column, the columns a
 * ledger lacks (naming the template, the file, the sheet and each column), and what is wrong
 * with a mapping they edited.
 */
import type { ColumnMatch, FixedColumn } from './column-mapping.ts';
import type { TemplateColumn } from './column-mapping-required.ts';

export interface LedgerContext {
  templateName: string;
  fileName: string;
  sheet: string | null;
}

export function describeMatch(match: ColumnMatch): string {
  const need = match.required ? '' : '（可选）';
  if (match.header === null) return `${match.column}${need} ← ${match.reason === 'ambiguous' ? '无法确定' : '未找到'}：${match.detail}`;
  const sure = match.confidence < 1 ? `，可信度 ${Math.round(match.confidence * 100)}%` : '';
  return `${match.column}${need} ← ${match.header}（${match.detail}${sure}）`;
}

function ledgerName(context: LedgerContext): string {
  return context.sheet === null ? `台账“${context.fileName}”` : `台账“${context.fileName}”的工作表“${context.sheet}”`;
}

/** Required columns without a header, each with why; null when every required column has one. */
export function missingColumnsMessage(context: LedgerContext, matches: readonly ColumnMatch[]): string | null {
  const missing = matches.filter((match) => match.required && match.header === null);
  if (missing.length === 0) return null;
  const lines = missing.map((match) => `“${match.column}”：${match.reason === 'ambiguous' ? `${match.detail}，无法确定用哪一个` : match.detail}`);
  return `模板“${context.templateName}”需要的列${missing.map((m) => `“${m.column}”`).join('')}在${ledgerName(context)}中没有对应的表头：\n${lines.join('\n')}`;
}

/** Problems with columns the writer fixed by hand: names the template does not read, headers the ledger lacks, a header given twice. */
export function fixedColumnProblems(context: LedgerContext, columns: readonly TemplateColumn[], headers: readonly string[], fixed: readonly FixedColumn[]): string[] {
  const known = new Set(columns.map((column) => column.name));
  const present = new Set(headers);
  const owner = new Map<string, string>();
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { column, header } of fixed) {
    if (!known.has(column)) problems.push(`模板“${context.templateName}”不读取列“${column}”，可指定的列：${[...known].join('、')}`);
    if (seen.has(column)) problems.push(`列“${column}”被指定了两次`);
    seen.add(column);
    if (header === null) continue;
    if (!present.has(header)) problems.push(`${ledgerName(context)}没有表头“${header}”，现有表头：${headers.join('、')}`);
    const first = owner.get(header);
    if (first !== undefined && first !== column) problems.push(`表头“${header}”不能同时对应列“${first}”和“${column}”`);
    else owner.set(header, column);
  }
  return problems;
}
