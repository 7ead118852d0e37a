/** `export` and `format` refuse a document with gaps left (×, 【单位名称】, XX月XX日) unless --allow-gaps says it is meant. */
import { documentGaps } from '../core/gaps/document-gaps.ts';
import type { GongwenDocument } from '../core/model/document.ts';
import { CliError } from './cli-error.ts';

const listed = 20;

export function refuseGaps(document: GongwenDocument, file: string, allowGaps: boolean | undefined): void {
  if (allowGaps) return;
  const gaps = documentGaps(document);
  if (gaps.length === 0) return;
  const lines = gaps.slice(0, listed).map((gap) => `  ${gap.place}：“${gap.label}”（${gap.excerpt}）`);
  if (gaps.length > listed) lines.push(`  ……另有 ${gaps.length - listed} 处`);
  throw new CliError(`“${file}”还有 ${gaps.length} 处待填的空缺，未导出：\n${lines.join('\n')}\n请先填写；如确需原样导出，加 --allow-gaps。`);
}
