/**
 * 标题 (2号小标宋, centred, 2 blank lines under the red line), the 白头 byline (subtitle,
 * date and speaker in 3号楷体) and 主送机关 (flush left, ending in a full-width colon).
 */
import { formatDate } from '../format/chinese-date.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import type { GongwenDocument } from '../model/document.ts';
import { blankLine, blankLines, paragraph, run } from './build.ts';
import { hasHeader } from './compose-header.ts';
import type { TypesetParagraph } from './typeset.ts';

export function composeTitle(document: GongwenDocument, titleLines: readonly string[]): TypesetParagraph[] {
  if (titleLines.length === 0) return [];
  const before = hasHeader(document) ? blankLines(gbt9704.blankLinesBeforeTitle) : [];
  const lines = titleLines.map((line) => paragraph('title', [run(line, { font: 'xiaobiaosong', size: gbt9704.size.title })], { align: 'center', keepNext: true, source: 'title' }));
  // One blank line between the title block and whatever follows: 主送 (§7.3.2), the body, or a speech's salutation.
  return [...before, ...lines, ...composeByline(document), blankLine()];
}

function composeByline(document: GongwenDocument): TypesetParagraph[] {
  const byline = document.byline;
  if (document.form !== 'plain' || !byline) return [];
  const lines: TypesetParagraph[] = [];
  const centred = (role: 'subtitle' | 'byline', text: string, source: string) => paragraph(role, [run(text, { font: 'kaiti' })], { align: 'center', keepNext: true, source });
  if (byline.subtitle?.trim()) {
    const subtitle = byline.subtitle.trim().replace(/^[—-]+/, '');
    lines.push(centred('subtitle', `——${subtitle}`, 'byline.subtitle'));
  }
  if (byline.date) lines.push(centred('byline', `（${formatDate(byline.date, document.signature.dateStyle)}）`, 'byline.date'));
  if (byline.speaker?.trim()) lines.push(centred('byline', byline.speaker.trim(), 'byline.speaker'));
  return lines;
}

export function addresseeText(document: GongwenDocument): string {
  const names = document.addressees.map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) return '';
  return `${names.join('、').replace(/[：:，,、]+$/, '')}：`;
}

/** 主送 on the line after the title block's blank line; none when it moves to the 版记. */
export function composeAddressee(document: GongwenDocument, movedToRecord: boolean): TypesetParagraph[] {
  const text = addresseeText(document);
  if (!text || movedToRecord) return [];
  return [paragraph('addressee', [run(text)], { align: 'both', source: 'addressees' })];
}
