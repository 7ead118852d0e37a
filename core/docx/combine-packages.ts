/**
 * Joins .docx packages we wrote into one for printing, without laying anything out again: each
 * package's body follows the previous one in a section of its own that starts on an odd page
 * (a duplex printout separates into documents) with page numbers from 1; its headers and
 * footers come along under new part names. Works on our own writer's output, whose shape is
 * known: one body, sections ending in sectPr, header/footer parts related from document.xml.
 * Documents are added one at a time and their bodies streamed into the compressed print file,
 * so a batch of hundreds never holds more than one document's XML and the finished zip; each
 * is made ready apart (printPiece), so a batch does that work in its worker threads.
 */

/** A package's parts as XML text, by part name. */
export type PackageXml = Readonly<Record<string, string>>;
import { strFromU8, unzipSync } from 'fflate';
import { deflatedPiece, deflatedWhole, fflateDeflater, ZipWriter, type Deflated, type Deflater, type PartStream } from './zip-writer.ts';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const relationshipPattern = /<Relationship\b([^>]*?)\/>/g;
const attribute = (attributes: string, name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';

function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(relationshipPattern)].map(([, attributes = '']) => ({
    id: attribute(attributes, 'Id'),
    type: attribute(attributes, 'Type'),
    target: attribute(attributes, 'Target'),
    external: attribute(attributes, 'TargetMode') === 'External',
  }));
}

const relationshipXml = (r: Relationship) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"${r.external ? ' TargetMode="External"' : ''}/>`;

/** Parts a body refers to by r:id (headers, footers, hyperlinks …) are per package; everything else is shared. */
const perPackageTypes = /\/(header|footer|hyperlink|image)$/;

function text(files: PackageXml, name: string): string {
  const xml = files[name];
  if (xml === undefined) throw new Error(`合并的文档缺少“${name}”`);
  return xml;
}

function bodyOf(xml: string): { before: string; content: string; sectPr: string; after: string } {
  const open = xml.indexOf('<w:body>');
  const close = xml.lastIndexOf('</w:body>');
  const sectAt = xml.lastIndexOf('<w:sectPr', close);
  if (open < 0 || close < 0 || sectAt < open) throw new Error('合并的文档没有正文或节属性');
  return { before: xml.slice(0, open + '<w:body>'.length), content: xml.slice(open + '<w:body>'.length, sectAt), sectPr: xml.slice(sectAt, close), after: xml.slice(close) };
}

/** The first section of a joined document starts on an odd page (not the very first) and numbers its pages from 1. */
function restartSection(sectPr: string, oddPage: boolean): string {
  let out = sectPr.replace(/<w:type\b[^>]*\/>/, '').replace(/<w:pgNumType\b[^>]*\/>/, '');
  if (oddPage) out = out.replace('<w:pgSz', '<w:type w:val="oddPage"/><w:pgSz');
  const later = /<w:(cols|formProt|vAlign|noEndnote|titlePg|textDirection|bidi|rtlGutter|docGrid|printerSettings)\b/.exec(out);
  const at = later ? later.index : out.lastIndexOf('</w:sectPr>');
  return `${out.slice(0, at)}<w:pgNumType w:start="1"/>${out.slice(at)}`;
}

/** Where the body's last paragraph starts; -1 when it has none. */
function lastParagraphAt(content: string): number {
  return Math.max(content.lastIndexOf('<w:p>'), content.lastIndexOf('<w:p '));
}

/** Moves a body-level sectPr into the last paragraph (`tail` starts with it), where a section that is not the document's last one ends. */
function endSectionInLastParagraph(tail: string, sectPr: string): string {
  if (lastParagraphAt(tail) !== 0 || tail.includes('<w:tbl>') || !tail.endsWith('</w:p>')) return `${tail}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  const pPrEnd = tail.indexOf('</w:pPr>');
  const firstChild = tail.indexOf('>') + 1;
  return pPrEnd >= 0 && !tail.slice(0, pPrEnd).includes('<w:r>')
    ? `${tail.slice(0, pPrEnd)}${sectPr}${tail.slice(pPrEnd)}`
    : `${tail.slice(0, firstChild)}<w:pPr>${sectPr}</w:pPr>${tail.slice(firstChild)}`;
}

/** The sectPr elements of a body in order, the first of which starts the package's first section. */
function firstSectPrAt(content: string): number {
  return content.indexOf('<w:sectPr');
}

/** Parts that belong to one package; the rest (styles, theme, settings …) are taken from the first. */
const ownPart =
  /^word\/(header|footer)\d+\.xml$|^word\/_rels\/(header|footer)\d+\.xml\.rels$|^word\/document\.xml$|^word\/_rels\/document\.xml\.rels$|^\[Content_Types\]\.xml$|^docProps\/core\.xml$/;

/** What the print file takes from its first document: the parts every document shares and the body's frame. */
export interface PrintBase {
  shared: [string, string][];
  sharedRelationships: Relationship[];
  contentTypes: string;
  core: string | undefined;
  /** document.xml up to and including <w:body>, and from </w:body> on. */
  before: string;
  after: string;
}

/**
 * One document made ready to join a print file at a given place, without the print file: its
 * body rewritten (new relationship ids, its first section restarting the page numbers) and
 * compressed but for the last paragraph — which ends a section only when another document
 * follows, known only later — and its header and footer parts compressed under new names.
 * A batch makes these in its worker threads, so the thread writing the files only joins them.
 */
export interface PrintPiece {
  head: Deflated;
  tail: string;
  /** The body-level sectPr. */
  ending: string;
  parts: { name: string; part: Deflated }[];
  relationships: Relationship[];
  overrides: string[];
  /** Only for the first document. */
  base: PrintBase | null;
}

/** `index` is the document's place in the print file, from 0. */
export function printPiece(files: PackageXml, index: number, deflater: Deflater): PrintPiece {
  const document = bodyOf(text(files, 'word/document.xml'));
  const relationshipsOfPackage = relationships(text(files, 'word/_rels/document.xml.rels'));
  const base: PrintBase | null =
    index === 0
      ? {
          shared: Object.entries(files).filter(([name]) => !ownPart.test(name)),
          sharedRelationships: relationshipsOfPackage.filter((r) => !perPackageTypes.test(r.type)),
          contentTypes: text(files, '[Content_Types].xml').replace(/<Override [^>]*PartName="\/word\/(header|footer)\d+\.xml"[^>]*\/>/g, ''),
          core: files['docProps/core.xml'],
          before: document.before,
          after: document.after,
        }
      : null;
  const ids = new Map<string, string>();
  const parts: PrintPiece['parts'] = [];
  const joined: Relationship[] = [];
  const overrides: string[] = [];
  let count = 0;
  for (const relationship of relationshipsOfPackage) {
    if (!perPackageTypes.test(relationship.type)) continue;
    const id = `rIdJ${index + 1}x${relationship.id}`;
    ids.set(relationship.id, id);
    if (relationship.external) {
      joined.push({ ...relationship, id });
      continue;
    }
    const kind = /\/(header|footer|image)$/.exec(relationship.type)?.[1] ?? 'part';
    const extension = relationship.target.slice(relationship.target.lastIndexOf('.'));
    // Named by the document's place, so pieces made apart never take the same name.
    const target = `${kind}${index + 1}_${++count}${extension}`;
    parts.push({ name: `word/${target}`, part: deflatedWhole(deflater, files[`word/${relationship.target}`] ?? '') });
    const partRels = files[`word/_rels/${relationship.target}.rels`];
    if (partRels !== undefined) parts.push({ name: `word/_rels/${target}.rels`, part: deflatedWhole(deflater, partRels) });
    if (kind !== 'image') overrides.push(`<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml" PartName="/word/${target}"/>`);
    joined.push({ ...relationship, id, target });
  }
  const renumber = (xml: string) => xml.replace(/r:(id|embed)="([^"]+)"/g, (whole, attr: string, id: string) => (ids.has(id) ? `r:${attr}="${ids.get(id)}"` : whole));
  let body = renumber(document.content);
  let ending = renumber(document.sectPr);
  const first = firstSectPrAt(body);
  if (first >= 0) {
    const end = body.indexOf('</w:sectPr>', first) + '</w:sectPr>'.length;
    body = body.slice(0, first) + restartSection(body.slice(first, end), index > 0) + body.slice(end);
  } else ending = restartSection(ending, index > 0);
  const at = lastParagraphAt(body);
  return { head: deflatedPiece(deflater, body.slice(0, Math.max(0, at))), tail: body.slice(Math.max(0, at)), ending, parts, relationships: joined, overrides, base };
}

export class PrintFile {
  private readonly zip: ZipWriter;
  private base: { frame: PrintBase; body: PartStream } | null = null;
  private readonly overrides: string[] = [];
  private readonly joined: Relationship[] = [];
  private count = 0;
  /** The last document's last paragraph and sectPr: whether it ends a section of its own or the whole file is known only when the next one comes. */
  private pending: { tail: string; ending: string } | null = null;

  constructor(
    private readonly title: string,
    private readonly deflater: Deflater = fflateDeflater,
  ) {
    this.zip = new ZipWriter(deflater);
  }

  /** Adds the next document's parts, made ready here. */
  add(files: PackageXml): void {
    this.addPiece(printPiece(files, this.count, this.deflater));
  }

  /** Adds the next document, made ready by printPiece for this place (with a compressor of the same kind). */
  addPiece(piece: PrintPiece): void {
    this.count++;
    if (!this.base) {
      if (!piece.base) throw new Error('合并的第一份文档缺少共用部分');
      this.joined.push(...piece.base.sharedRelationships);
      const body = this.zip.stream('word/document.xml');
      body.write(piece.base.before);
      this.base = { frame: piece.base, body };
    }
    for (const { name, part } of piece.parts) this.zip.addDeflated(name, part);
    this.overrides.push(...piece.overrides);
    this.joined.push(...piece.relationships);
    if (this.pending) this.base.body.write(endSectionInLastParagraph(this.pending.tail, this.pending.ending));
    this.base.body.writeDeflated(piece.head);
    this.pending = { tail: piece.tail, ending: piece.ending };
  }

  finish(): Uint8Array {
    const { base, pending } = this;
    if (!base || !pending) throw new Error('没有可合并的文档');
    base.body.close(`${pending.tail}${pending.ending}${base.frame.after}`);
    this.zip.add(
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.joined.map(relationshipXml).join('')}</Relationships>`,
    );
    this.zip.add('[Content_Types].xml', base.frame.contentTypes.replace('</Types>', `${this.overrides.join('')}</Types>`));
    for (const [name, xml] of base.frame.shared) this.zip.addReused(name, xml);
    const escaped = this.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    if (base.frame.core !== undefined) this.zip.add('docProps/core.xml', base.frame.core.replace(/<dc:title>[^<]*<\/dc:title>/, `<dc:title>${escaped}</dc:title>`));
    return this.zip.finish();
  }
}

export function combinePackages(title: string, packages: readonly Uint8Array[]): Uint8Array {
  const print = new PrintFile(title);
  for (const bytes of packages) print.add(Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)])));
  return print.finish();
}
