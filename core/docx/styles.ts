/**
 * Named paragraph styles, one per 公文 role, so a leader editing the .docx in Word or WPS
 * sees "公文标题", "一级标题" … in the style list and keeps the formatting when typing.
 * Paragraphs still carry explicit properties: the file looks right even where a reader
 * ignores styles. word/styles.xml depends only on the font profile, so it is built once per
 * profile and reused.
 */
import type { FontProfile } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import type { ParagraphRole } from '../typeset/typeset.ts';
import { libraryStyles, stylesRoot } from './fixed-parts.ts';
import { runFontsXml } from './runs.ts';
import { escapeXml } from './xml-escape.ts';

export interface StyleSpec {
  id: string;
  name: string;
  font: keyof Pick<FontProfile, 'fangsong' | 'kaiti' | 'heiti' | 'xiaobiaosong'>;
  size?: number;
  outlineLevel?: number;
}

export const styleSpecs: Partial<Record<ParagraphRole, StyleSpec>> = {
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
  if (role === 'recordAddressee' || role === 'recordPrinter') return styleSpecs.recordCc?.id;
  return styleSpecs[role]?.id;
}

/** `w:spacing` of an exact-height line with no space before or after. */
export const exactSpacingXml = (line: number) => `<w:spacing w:after="0" w:before="0" w:line="${Math.floor(line)}" w:lineRule="exact"/>`;

const sizeXml = (size: number) => `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;

function buildStyles(fonts: FontProfile): string {
  // Paragraphs must not snap to the line grid: LibreOffice would otherwise snap every exact-height line, moving the 发文机关标志 and the spacer lines.
  const defaults = `<w:docDefaults><w:rPrDefault><w:rPr>${sizeXml(gbt9704.size.body)}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:snapToGrid w:val="0"/>${exactSpacingXml(gbt9704.linePitch)}</w:pPr></w:pPrDefault></w:docDefaults>`;
  // Widow control off lets LibreOffice fill every page with 22 lines. No condensing on Normal: 2号 titles and 4号 版记 runs would inherit it; body runs carry it themselves.
  // The 2-character indent in twips only: a firstLineChars here would override every hanging indent (附件说明, 版记) in Word.
  const normal = `<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="false"/>${exactSpacingXml(gbt9704.linePitch)}<w:ind w:firstLine="${gbt9704.indent.firstLineTwips}"/><w:jc w:val="both"/></w:pPr><w:rPr>${runFontsXml(fonts.fangsong, fonts.latin)}${sizeXml(gbt9704.size.body)}</w:rPr></w:style>`;
  const named = Object.values(styleSpecs).map(
    (spec) =>
      `<w:style w:type="paragraph" w:styleId="${spec.id}"><w:name w:val="${escapeXml(spec.name)}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
      (spec.outlineLevel === undefined ? '' : `<w:pPr><w:outlineLvl w:val="${spec.outlineLevel}"/></w:pPr>`) +
      `<w:rPr>${runFontsXml(fonts[spec.font], fonts.latin)}${spec.size ? sizeXml(spec.size) : ''}</w:rPr></w:style>`,
  );
  return `${stylesRoot}${defaults}${libraryStyles}${normal}${named.join('')}</w:styles>`;
}

const built = new Map<FontProfile, string>();

export function stylesXml(fonts: FontProfile): string {
  let xml = built.get(fonts);
  if (xml === undefined) built.set(fonts, (xml = buildStyles(fonts)));
  return xml;
}
