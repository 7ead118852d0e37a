/**
 * The .docx writer as it was built on the `docx` library, kept only as the reference the fast
 * string writer (core/docx/write-docx.ts) is compared with, part by part, in
 * core/docx/write-docx-equivalence.test.ts. Not used by the app.
 */
import { Document, Footer, Header, LineRuleType, Packer, Paragraph, SectionType, type ISectionOptions } from 'docx';
import { fontProfiles } from '../../../core/layout/font-profiles.ts';
import { gbt9704 } from '../../../core/layout/gbt9704.ts';
import type { GongwenDocument } from '../../../core/model/document.ts';
import { recordPlacement, type RecordPlacement, type WriteDocxOptions } from '../../../core/docx/write-docx.ts';
import type { PreparedDocument } from '../../../core/typeset/prepare.ts';
import type { TypesetDocument, TypesetItem } from '../../../core/typeset/typeset.ts';
import { pageNumberFooters } from './page-number-footers.ts';
import { patchPackage } from './patch-package.ts';
import { paragraphStyles } from './styles.ts';
import { toParagraph, toTable } from './typeset-to-docx.ts';

/** A footer with nothing in it, one exact 4号 line high: a Normal 579-twip line would not fit the footer area and LibreOffice would shrink the page. */
const emptyFooter = () =>
  new Footer({
    children: [
      new Paragraph({ spacing: { line: gbt9704.pageNumberLine, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: { firstLine: 0, firstLineChars: 0 }, children: [] }),
    ],
  });

function items(flow: readonly TypesetItem[], fonts: TypesetDocument['fonts']) {
  return flow.map((item) => (item.kind === 'paragraph' ? toParagraph(item, fonts) : toTable(item, fonts)));
}

/** Word requires a paragraph after the last table; this one is 10 twips high and the 版记 padding leaves room for it. */
const closingHeight = 10;
const closingParagraph = () => new Paragraph({ spacing: { line: closingHeight, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: { firstLine: 0 }, children: [] });

const blankParagraph = (height: number) => new Paragraph({ spacing: { line: height, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: { firstLine: 0 }, children: [] });

/** The padding before the 版记: whole grid lines, then the spacer. */
const padding = (placement: RecordPlacement) => [
  ...Array.from({ length: placement.blankLines }, () => blankParagraph(gbt9704.linePitch)),
  ...(placement.spacer > 0 ? [blankParagraph(placement.spacer)] : []),
];

function typesetToSections(typeset: TypesetDocument, placement: RecordPlacement): ISectionOptions[] {
  const fonts = typeset.fonts;
  const profile = { ...fontProfiles.classic, ...fonts };
  const letterhead = typeset.letterhead;
  const margin = letterhead ? { ...gbt9704.margin, header: letterhead.headerDistance, footer: letterhead.footerDistance } : gbt9704.margin;
  const properties = {
    page: { size: { width: gbt9704.page.width, height: gbt9704.page.height }, margin },
    grid: { type: 'lines' as const, linePitch: gbt9704.linePitch },
  };
  const numbers = pageNumberFooters(profile, gbt9704.margin.footer - margin.footer);
  const start = typeset.recordStart ?? typeset.flow.length;
  const main = typeset.flow.slice(0, start);
  const record = typeset.flow.slice(start);
  const mainChildren = [...items(main, fonts)];
  if (record.length > 0 && !placement.ownPage) mainChildren.push(...padding(placement), ...items(record, fonts), closingParagraph());
  if (record.length === 0 && main[main.length - 1]?.kind === 'table') mainChildren.push(closingParagraph());
  const first: ISectionOptions = letterhead
    ? {
        properties: { ...properties, titlePage: true },
        headers: { first: new Header({ children: letterhead.header.map((p) => toParagraph(p, fonts)) }) },
        footers: { ...numbers, first: new Footer({ children: letterhead.footer.map((p) => toParagraph(p, fonts)) }) },
        children: mainChildren,
      }
    : { properties, footers: numbers, children: mainChildren };
  const sections: ISectionOptions[] = [first];
  if (record.length > 0 && placement.ownPage) {
    sections.push({
      properties: { ...properties, type: SectionType.NEXT_PAGE },
      footers: { default: emptyFooter(), even: emptyFooter() },
      children: [...padding(placement), ...items(record, fonts), closingParagraph()],
    });
  }
  return sections;
}

export async function writePreparedWithDocxLibrary(document: GongwenDocument, prepared: PreparedDocument, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const { typeset, layout } = prepared;
  const placement = options.placement ?? recordPlacement(layout);
  const fonts = fontProfiles[options.fontProfile ?? 'classic'];
  const doc = new Document({
    creator: options.author ?? '公文工作台',
    title: document.title.replace(/\n/g, ''),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { size: gbt9704.size.body }, paragraph: { spacing: { line: gbt9704.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } } } },
      paragraphStyles: paragraphStyles(fonts),
    },
    sections: typesetToSections(typeset, placement),
  });
  return patchPackage(new Uint8Array(await Packer.toArrayBuffer(doc)));
}
