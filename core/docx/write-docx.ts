/**
 * GongwenDocument → .docx bytes: compose the typeset form, place the 版记, write the
 * WordprocessingML. Exact 579-twip lines and condensed 3号 runs give 22 lines × 28
 * characters in Word and LibreOffice alike (no character grid, see research on
 * `linesAndChars`). The parts that never change are constants and styles.xml is built once
 * per font profile, so writing a document costs little more than joining its paragraphs.
 */
import { fontProfiles, type FontProfile, type FontProfileId } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import type { GongwenDocument } from '../model/document.ts';
import type { DocumentLayout } from '../layout/page-layout.ts';
import type { ComposeOptions } from '../typeset/compose.ts';
import { prepareDocument, type PreparedDocument } from '../typeset/prepare.ts';
import type { TypesetDocument, TypesetItem } from '../typeset/typeset.ts';
import { zipPackage, type DocxParts, type PackageSection } from './docx-package.ts';
import { headerNoteXml } from './header-note.ts';
import { pageNumberFooters } from './page-number-footers.ts';
import { exactSpacingXml } from './styles.ts';
import { ReviewAnchors, type ReviewStamp } from './review-anchors.ts';
import { paragraphXml, tableXml, type MarkParagraph } from './typeset-xml.ts';

export interface RecordPlacement {
  /** Blank lines before the 版记 so its last rule sits on the 版心 bottom. */
  blankLines: number;
  /** One more blank paragraph of this exact height (twips) after them, for the part of a line the 版记's rules leave over; 0 for none. */
  spacer: number;
  /** The 版记 stands on a page of its own (after the body, or after a blank page): no page number there. */
  ownPage: boolean;
}

export interface WriteDocxOptions extends Omit<ComposeOptions, 'addresseeInRecord'> {
  fontProfile?: FontProfileId;
  author?: string;
  /** Overrides where the layout engine put the 版记 (tests of the writer alone). */
  placement?: RecordPlacement;
  /** An export for review: hidden anchors on every paragraph and the draft's stamp in docProps/custom.xml. */
  review?: ReviewStamp;
  /** A note such as 送审稿 at the top right of every page, outside the 版心 (header-note.ts); the body prints as without it. */
  headerNote?: string;
}

/** A footer with nothing in it, one exact 4号 line high: a Normal 579-twip line would not fit the footer area and LibreOffice would shrink the page. */
const emptyFooter = `<w:p><w:pPr>${exactSpacingXml(gbt9704.pageNumberLine)}<w:ind w:firstLine="0" w:firstLineChars="0"/></w:pPr></w:p>`;

function items(flow: readonly TypesetItem[], fonts: TypesetDocument['fonts'], mark: MarkParagraph): string[] {
  return flow.map((item) => (item.kind === 'paragraph' ? mark(item.source, paragraphXml(item, fonts)) : tableXml(item, fonts, mark)));
}

/** Word requires a paragraph after the last table; this one is 10 twips high and the 版记 padding leaves room for it. */
const closingHeight = 10;
const blankParagraph = (height: number) => `<w:p><w:pPr>${exactSpacingXml(height)}<w:ind w:firstLine="0"/></w:pPr></w:p>`;
const closingParagraph = blankParagraph(closingHeight);

/** The padding before the 版记: whole grid lines, then the spacer. */
const padding = (placement: RecordPlacement) => [
  ...Array.from({ length: placement.blankLines }, () => blankParagraph(gbt9704.linePitch)),
  ...(placement.spacer > 0 ? [blankParagraph(placement.spacer)] : []),
];

function reviewMark(review: ReviewStamp | undefined): MarkParagraph {
  if (!review) return (_source, xml) => xml;
  const anchors = new ReviewAnchors();
  return (source, xml) => anchors.mark(source, xml);
}

const noPlacement: RecordPlacement = { blankLines: 0, spacer: 0, ownPage: false };

function typesetToSections(typeset: TypesetDocument, placement: RecordPlacement, mark: MarkParagraph): PackageSection[] {
  const fonts = typeset.fonts;
  const profile = { ...fontProfiles.classic, ...fonts };
  const letterhead = typeset.letterhead;
  const margin = letterhead ? { ...gbt9704.margin, header: letterhead.headerDistance, footer: letterhead.footerDistance } : gbt9704.margin;
  const numbers = pageNumberFooters(profile, gbt9704.margin.footer - margin.footer);
  const start = typeset.recordStart ?? typeset.flow.length;
  const main = typeset.flow.slice(0, start);
  const record = typeset.flow.slice(start);
  const mainChildren = items(main, fonts, mark);
  if (record.length > 0 && !placement.ownPage) mainChildren.push(...padding(placement), ...items(record, fonts, mark), closingParagraph);
  if (record.length === 0 && main[main.length - 1]?.kind === 'table') mainChildren.push(closingParagraph);
  const first: PackageSection = letterhead
    ? {
        margin,
        titlePage: true,
        nextPage: false,
        headers: { first: letterhead.header.map((p) => paragraphXml(p, fonts)).join('') },
        footers: { default: numbers.default, first: letterhead.footer.map((p) => paragraphXml(p, fonts)).join(''), even: numbers.even },
        children: mainChildren,
      }
    : { margin, titlePage: false, nextPage: false, headers: {}, footers: numbers, children: mainChildren };
  const sections = [first];
  if (record.length > 0 && placement.ownPage) {
    sections.push({
      margin,
      titlePage: false,
      nextPage: true,
      headers: {},
      footers: { default: emptyFooter, even: emptyFooter },
      children: [...padding(placement), ...items(record, fonts, mark), closingParagraph],
    });
  }
  return sections;
}

/** The note goes first in every header a section has or inherits; sections without headers of their own inherit the first section's. */
function withHeaderNote(sections: PackageSection[], note: string | undefined, fonts: FontProfile): PackageSection[] {
  if (!note) return sections;
  const xml = headerNoteXml(note, fonts);
  return sections.map((section, index) => {
    if (index > 0 && Object.keys(section.headers).length === 0) return section;
    const headers = { ...section.headers, default: xml + (section.headers.default ?? ''), even: xml + (section.headers.even ?? '') };
    if (section.titlePage) headers.first = xml + (section.headers.first ?? '');
    return { ...section, headers };
  });
}

/** Where the layout engine put the 版记: padding lines (a full blank page counts as 22) and whether it starts its own page. */
export function recordPlacement(layout: DocumentLayout): RecordPlacement {
  const record = layout.recordPadding;
  if (!record) return noPlacement;
  let blankLines = record.blankLines + (record.blankPageBefore ? gbt9704.linesPerPage : 0);
  // The closing paragraph after the 版记 table must still fit on the page, or it would open an empty one.
  let spacer = record.spacer - closingHeight;
  if (spacer < 0 && blankLines > 0) {
    blankLines -= 1;
    spacer += gbt9704.linePitch;
  }
  return { blankLines, spacer: Math.max(0, spacer), ownPage: record.newPage };
}

export async function writeDocx(document: GongwenDocument, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  return writePrepared(document, prepareDocument(document, options), options);
}

/** The parts of the package for a draft that is already composed and laid out, before zipping (the batch joins them into its print file). */
export function preparedParts(document: GongwenDocument, prepared: PreparedDocument, options: WriteDocxOptions = {}): DocxParts {
  const placement = options.placement ?? recordPlacement(prepared.layout);
  return {
    title: document.title.replace(/\n/g, ''),
    creator: options.author ?? '公文工作台',
    fonts: fontProfiles[options.fontProfile ?? 'classic'],
    sections: withHeaderNote(typesetToSections(prepared.typeset, placement, reviewMark(options.review)), options.headerNote, fontProfiles[options.fontProfile ?? 'classic']),
    ...(options.review ? { review: options.review } : {}),
  };
}

/** Writes a draft that is already composed and laid out (the checker worker reuses the layout to map findings). */
export async function writePrepared(document: GongwenDocument, prepared: PreparedDocument, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  return zipPackage(preparedParts(document, prepared, options));
}

/**
 * The model element behind each body paragraph of the written .docx, in document order
 * (table cells included), so a checker finding on paragraph N can point back into the draft.
 */
export function docxParagraphSources(typeset: TypesetDocument, placement: RecordPlacement = noPlacement): (string | null)[] {
  const sourcesOf = (item: TypesetItem): (string | null)[] =>
    item.kind === 'paragraph' ? [item.source] : item.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs.map((p) => p.source)));
  const start = typeset.recordStart ?? typeset.flow.length;
  const main = typeset.flow.slice(0, start).flatMap(sourcesOf);
  const record = typeset.flow.slice(start).flatMap(sourcesOf);
  if (record.length === 0) return main;
  const paddingCount = placement.blankLines + (placement.spacer > 0 ? 1 : 0);
  return [...main, ...Array.from({ length: paddingCount }, () => null), ...record];
}
