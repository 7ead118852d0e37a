/**
 * Named paragraph styles, one per 公文 role, so a leader editing the .docx in Word or WPS
 * sees "公文标题", "一级标题" … in the style list and keeps the formatting when typing.
 * Paragraphs still carry explicit properties: the file looks right even where a reader
 * ignores styles.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';
import type { FontProfile } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import type { ParagraphRole } from '../typeset/typeset.ts';
import { runFont } from './runs.ts';

/** docx writes `widowControl` on styles but its style typings omit it; LibreOffice needs it off to fill every page with 22 lines. */
const widowControlOff = { widowControl: false } as {};

export const exactLine = { line: gbt9704.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

interface StyleSpec {
  id: string;
  name: string;
  font: keyof Pick<FontProfile, 'fangsong' | 'kaiti' | 'heiti' | 'xiaobiaosong'>;
  size?: number;
  outlineLevel?: number;
}

const specs: Partial<Record<ParagraphRole, StyleSpec>> = {
  mark: { id: 'GongwenMark', name: '发文机关标志', font: 'xiaobiaosong' },
  documentNumber: { id: 'GongwenDocumentNumber', name: '发文字号', font: 'fangsong' },
  title: { id: 'GongwenTitle', name: '公文标题', font: 'xiaobiaosong', size: gbt9704.size.title },
  subtitle: { id: 'GongwenSubtitle', name: '副标题', font: 'kaiti' },
  byline: { id: 'GongwenByline', name: '讲话人与日期', font: 'kaiti' },
  addressee: { id: 'GongwenAddressee', name: '主送机关', font: 'fangsong' },
  heading1: { id: 'GongwenHeading1', name: '一级标题', font: 'heiti', outlineLevel: 0 },
  heading2: { id: 'GongwenHeading2', name: '二级标题', font: 'kaiti', outlineLevel: 1 },
  heading3: { id: 'GongwenHeading3', name: '三级标题', font: 'fangsong', outlineLevel: 2 },
  heading4: { id: 'GongwenHeading4', name: '四级标题', font: 'fangsong', outlineLevel: 3 },
  attachmentNote: { id: 'GongwenAttachmentNote', name: '附件说明', font: 'fangsong' },
  signature: { id: 'GongwenSignature', name: '发文机关署名', font: 'fangsong' },
  date: { id: 'GongwenDate', name: '成文日期', font: 'fangsong' },
  note: { id: 'GongwenNote', name: '附注', font: 'fangsong' },
  attachmentLabel: { id: 'GongwenAttachmentLabel', name: '附件标识', font: 'heiti' },
  attachmentTitle: { id: 'GongwenAttachmentTitle', name: '附件标题', font: 'xiaobiaosong', size: gbt9704.size.title },
  recordCc: { id: 'GongwenRecord', name: '版记', font: 'fangsong', size: gbt9704.size.record },
};

export function styleIdFor(role: ParagraphRole): string | undefined {
  if (role === 'recordAddressee' || role === 'recordPrinter') return specs.recordCc?.id;
  return specs[role]?.id;
}

export function paragraphStyles(fonts: FontProfile): IParagraphStyleOptions[] {
  const normal: IParagraphStyleOptions = {
    id: 'Normal',
    name: 'Normal',
    quickFormat: true,
    // No condensing here: docx cannot write w:spacing="0", so 2号 titles and 4号 版记 runs would inherit it. Body runs carry it themselves.
    run: { font: runFont(fonts.fangsong, fonts.latin), size: gbt9704.size.body },
    // The 2-character indent in twips only: a firstLineChars here would override every hanging indent (附件说明, 版记) in Word.
    paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: gbt9704.indent.firstLineTwips }, spacing: exactLine, ...widowControlOff },
  };
  const named = Object.values(specs).map((spec) => ({
    id: spec.id,
    name: spec.name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: runFont(fonts[spec.font], fonts.latin), ...(spec.size ? { size: spec.size } : {}) },
    paragraph: { ...(spec.outlineLevel === undefined ? {} : { outlineLevel: spec.outlineLevel }) },
  }));
  return [normal, ...named];
}
