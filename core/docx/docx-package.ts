/**
 * The parts of one .docx package and the zip around them. A document is its sections (page
 * set-up, header/footer contents, body XML); everything else is fixed (fixed-parts.ts) or
 * built once per font profile (styles.ts). Relationship ids and part names follow the order
 * the `docx` library used, so files written before and after the switch read alike.
 */
import type { FontProfile } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import {
  appProperties,
  contentTypesStart,
  customProperties,
  documentRoot,
  emptyRelationships,
  endnotes,
  fontTable,
  footerRoot,
  footnotes,
  headerRoot,
  numbering,
  packageRelationships,
  settings,
} from './fixed-parts.ts';
import { stampXml, type ReviewStamp } from './review-anchors.ts';
import { stylesXml } from './styles.ts';
import { themePart } from './theme-part.ts';
import { escapeXml } from './xml-escape.ts';
import { ZipWriter, type Deflater } from './zip-writer.ts';

type Slot = 'default' | 'first' | 'even';
const slots: readonly Slot[] = ['default', 'first', 'even'];

export interface PackageSection {
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number; gutter: number };
  /** The first page has its own header and footer (信函式). */
  titlePage: boolean;
  /** Starts on a new page after the section before. */
  nextPage: boolean;
  /** Paragraph XML of each header and footer the section has. */
  headers: Partial<Record<Slot, string>>;
  footers: Partial<Record<Slot, string>>;
  /** Body-level XML (paragraphs and tables) in order. */
  children: string[];
}

export interface DocxParts {
  title: string;
  creator: string;
  fonts: FontProfile;
  sections: PackageSection[];
  /** An export for review names its draft and version in docProps/custom.xml. */
  review?: ReviewStamp;
}

const relationshipType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const wordprocessingType = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const relationship = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${relationshipType}/${type}" Target="${target}"/>`;

function sectionPropertiesXml(section: PackageSection, references: string): string {
  const m = section.margin;
  const int = Math.floor;
  return (
    `<w:sectPr>${references}${section.nextPage ? '<w:type w:val="nextPage"/>' : ''}<w:pgSz w:w="${gbt9704.page.width}" w:h="${gbt9704.page.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${int(m.top)}" w:right="${int(m.right)}" w:bottom="${int(m.bottom)}" w:left="${int(m.left)}" w:header="${int(m.header)}" w:footer="${int(m.footer)}" w:gutter="${int(m.gutter)}"/>` +
    `<w:pgNumType/>${section.titlePage ? '<w:titlePg/>' : ''}<w:docGrid w:type="lines" w:linePitch="${gbt9704.linePitch}"/></w:sectPr>`
  );
}

/** A section that is not the document's last ends in its last paragraph, which carries its sectPr; one is added when the section ends in a table. */
function endSection(children: readonly string[], sectPr: string): string {
  const last = children[children.length - 1];
  if (last === undefined || !last.startsWith('<w:p><w:pPr>')) return `${children.join('')}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  return children.slice(0, -1).join('') + last.replace('</w:pPr>', `${sectPr}</w:pPr>`);
}

function coreProperties(title: string, creator: string): string {
  const now = new Date().toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title ? `<dc:title>${escapeXml(title)}</dc:title>` : '') +
    (creator ? `<dc:creator>${escapeXml(creator)}</dc:creator>` : '') +
    `<cp:lastModifiedBy>Un-named</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`
  );
}

/** Every part of the package as XML text, by part name. */
export function packageXml(parts: DocxParts): Record<string, string> {
  const out: Record<string, string> = {};
  const relationships = [
    relationship(1, 'styles', 'styles.xml'),
    relationship(2, 'numbering', 'numbering.xml'),
    relationship(3, 'footnotes', 'footnotes.xml'),
    relationship(4, 'endnotes', 'endnotes.xml'),
    relationship(5, 'settings', 'settings.xml'),
  ];
  const overrides: string[] = [];
  let nextId = 6;
  let headerCount = 0;
  let footerCount = 0;
  const body: string[] = [];
  parts.sections.forEach((section, index) => {
    let references = '';
    for (const [kind, contents] of [
      ['header', section.headers],
      ['footer', section.footers],
    ] as const) {
      for (const slot of slots) {
        const content = contents[slot];
        if (content === undefined) continue;
        const id = nextId++;
        const name = kind === 'header' ? `header${++headerCount}.xml` : `footer${++footerCount}.xml`;
        out[`word/${name}`] = kind === 'header' ? `${headerRoot}${content}</w:hdr>` : `${footerRoot}${content}</w:ftr>`;
        out[`word/_rels/${name}.rels`] = emptyRelationships;
        relationships.push(relationship(id, kind, name));
        overrides.push(`<Override ContentType="${wordprocessingType}.${kind}+xml" PartName="/word/${name}"/>`);
        references += `<w:${kind}Reference w:type="${slot}" r:id="rId${id}"/>`;
      }
    }
    const sectPr = sectionPropertiesXml(section, references);
    body.push(index < parts.sections.length - 1 ? endSection(section.children, sectPr) : `${section.children.join('')}${sectPr}`);
  });
  relationships.push(relationship(nextId++, 'theme', 'theme/theme1.xml'), relationship(nextId++, 'fontTable', 'fontTable.xml'));
  out['word/document.xml'] = `${documentRoot}<w:body>${body.join('')}</w:body></w:document>`;
  out['word/_rels/document.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`;
  out['word/styles.xml'] = stylesXml(parts.fonts);
  out['word/settings.xml'] = settings;
  out['word/numbering.xml'] = numbering;
  out['word/footnotes.xml'] = footnotes;
  out['word/_rels/footnotes.xml.rels'] = emptyRelationships;
  out['word/endnotes.xml'] = endnotes;
  out['word/_rels/endnotes.xml.rels'] = emptyRelationships;
  out['word/fontTable.xml'] = fontTable;
  out['word/_rels/fontTable.xml.rels'] = emptyRelationships;
  out['word/theme/theme1.xml'] = themePart;
  out['docProps/core.xml'] = coreProperties(parts.title, parts.creator);
  out['docProps/app.xml'] = appProperties;
  out['docProps/custom.xml'] = parts.review ? stampXml(parts.review) : customProperties;
  out['_rels/.rels'] = packageRelationships;
  out['[Content_Types].xml'] = `${contentTypesStart}${overrides.join('')}</Types>`;
  return out;
}

/** Parts the same in every package (styles: in every package of one font profile), compressed once; the rest depend on the document. */
const recurring = /^(word\/(styles|settings|numbering|footnotes|endnotes|fontTable|theme\/theme1)\.xml|word\/_rels\/.*\.rels|docProps\/(app|custom)\.xml|_rels\/\.rels)$/;

export function zipPackage(parts: DocxParts, deflater?: Deflater): Uint8Array {
  return zipPackageXml(packageXml(parts), deflater);
}

export function zipPackageXml(parts: Readonly<Record<string, string>>, deflater?: Deflater): Uint8Array {
  const zip = new ZipWriter(deflater);
  for (const [name, xml] of Object.entries(parts)) {
    if (recurring.test(name) && name !== 'word/_rels/document.xml.rels' && !(name === 'docProps/custom.xml' && xml !== customProperties)) zip.addReused(name, xml);
    else zip.add(name, xml);
  }
  return zip.finish();
}
