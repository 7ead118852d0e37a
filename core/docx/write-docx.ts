/**
 * GongwenDocument → .docx bytes. Exact 579-twip lines and condensed 3号 runs give
 * 22 lines × 28 characters in Word and LibreOffice alike (no character grid: see
 * research on `linesAndChars`).
 */
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, type IParagraphOptions } from 'docx';
import type { GongwenDocument } from '../model/document.ts';
import { inlineText } from '../model/inline.ts';
import { formatArabicDate } from '../format/chinese-date.ts';
import { fontProfiles, type FontProfileId } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { textWidth } from '../layout/text-width.ts';
import { pageNumberFooters } from './page-number-footers.ts';
import { bodyStyle, runFont, textRun, titleStyle } from './runs.ts';

export interface WriteDocxOptions {
  fontProfile?: FontProfileId;
  /** Core properties; `modified` must be an ISO timestamp so the output is reproducible. */
  author?: string;
}

const exactLine = { line: gbt9704.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const noIndent = { firstLine: 0, firstLineChars: 0 } as const;
/** docx writes `widowControl` on styles but its style typings omit it; LibreOffice needs it off to fill every page with 22 lines. */
const widowControlOff = { widowControl: false } as {};
const bodyIndent = { firstLine: gbt9704.indent.firstLineTwips, firstLineChars: gbt9704.indent.firstLineChars } as const;

export async function writeDocx(document: GongwenDocument, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const fonts = fontProfiles[options.fontProfile ?? 'classic'];
  const body = bodyStyle(fonts);

  const flow = (text: string, extra: Partial<IParagraphOptions> = {}): Paragraph =>
    new Paragraph({ spacing: exactLine, indent: bodyIndent, alignment: AlignmentType.JUSTIFIED, ...extra, children: text ? [textRun(text, body)] : [] });
  const blank = (): Paragraph => flow('', { indent: noIndent });

  const children: Paragraph[] = [];
  if (document.title) {
    for (const line of document.title.split('\n')) {
      children.push(new Paragraph({ style: 'GongwenTitle', alignment: AlignmentType.CENTER, spacing: exactLine, indent: noIndent, children: [textRun(line, titleStyle(fonts))] }));
    }
    children.push(blank());
  }
  const addressees = document.addressees.map((name) => name.trim()).filter(Boolean);
  if (addressees.length > 0) {
    children.push(flow(`${addressees.join('、').replace(/[：:]+$/, '')}：`, { style: 'GongwenAddressee', indent: noIndent, alignment: AlignmentType.LEFT }));
  }
  for (const block of document.body) {
    if (block.type !== 'paragraph') continue;
    for (const line of inlineText(block.content).split('\n')) children.push(flow(line, { style: 'Normal' }));
  }
  children.push(...signatureBlock(document, flow));

  const doc = new Document({
    creator: options.author ?? '公文工作台',
    title: document.title.replace(/\n/g, ''),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont(fonts.fangsong, fonts.latin), size: gbt9704.size.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: exactLine },
        },
      },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: { size: gbt9704.size.body, characterSpacing: gbt9704.bodyCharacterSpacing },
          paragraph: { alignment: AlignmentType.JUSTIFIED, indent: bodyIndent, spacing: exactLine, ...widowControlOff },
        },
        { id: 'GongwenTitle', name: '公文标题', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: gbt9704.size.title, characterSpacing: 0 }, paragraph: { alignment: AlignmentType.CENTER, indent: noIndent } },
        { id: 'GongwenAddressee', name: '主送机关', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { indent: noIndent } },
        { id: 'GongwenSignature', name: '署名', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.RIGHT, indent: noIndent } },
        { id: 'GongwenDate', name: '成文日期', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.RIGHT, indent: noIndent } },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: gbt9704.page.width, height: gbt9704.page.height }, margin: gbt9704.margin },
          grid: { linePitch: gbt9704.linePitch },
        },
        footers: pageNumberFooters(fonts),
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** 署名 centred over the date, the date 右空四字 (§7.3.5); widths from the 3号 character cell. */
function signatureBlock(document: GongwenDocument, flow: (text: string, extra?: Partial<IParagraphOptions>) => Paragraph): Paragraph[] {
  const organs = document.signature.organs.map((name) => name.trim()).filter(Boolean);
  const date = document.signature.date ? formatArabicDate(document.signature.date) : '';
  if (organs.length === 0 && !date) return [];
  const dateWidth = textWidth(date);
  const blanks = Array.from({ length: gbt9704.blankLinesBeforeSignature.sealed }, () => flow('', { indent: noIndent }));
  const names = organs.map((name) => {
    const right = Math.max(0, Math.round(gbt9704.indent.dateRight + (dateWidth - textWidth(name)) / 2));
    return flow(name, { style: 'GongwenSignature', alignment: AlignmentType.RIGHT, indent: { ...noIndent, right } });
  });
  const dateLine = date ? [flow(date, { style: 'GongwenDate', alignment: AlignmentType.RIGHT, indent: { ...noIndent, right: gbt9704.indent.dateRight } })] : [];
  return [...blanks, ...names, ...dateLine];
}
