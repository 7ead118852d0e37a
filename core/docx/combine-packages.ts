/**
 * Joins .docx packages we wrote into one for printing, without laying anything out again: each
 * package's body follows the previous one in a section of its own that starts on an odd page
 * (a duplex printout separates into documents) with page numbers from 1; its headers and
 * footers come along under new part names. Works on our own writer's output, whose shape is
 * known: one body, sections ending in sectPr, header/footer parts related from document.xml.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped, type Zippable } from 'fflate';

interface Relationship {
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

function text(files: Unzipped, name: string): string {
  const data = files[name];
  if (!data) throw new Error(`合并的文档缺少“${name}”`);
  return strFromU8(data);
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

/** Moves a body-level sectPr into the last paragraph, where a section that is not the document's last one ends. */
function endSectionInLastParagraph(content: string, sectPr: string): string {
  const at = content.lastIndexOf('<w:p>') >= content.lastIndexOf('<w:p ') ? content.lastIndexOf('<w:p>') : content.lastIndexOf('<w:p ');
  const tail = content.slice(at);
  if (at < 0 || tail.includes('<w:tbl>') || !tail.endsWith('</w:p>')) return `${content}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  const pPrEnd = tail.indexOf('</w:pPr>');
  const firstChild = tail.indexOf('>') + 1;
  const paragraph =
    pPrEnd >= 0 && !tail.slice(0, pPrEnd).includes('<w:r>')
      ? `${tail.slice(0, pPrEnd)}${sectPr}${tail.slice(pPrEnd)}`
      : `${tail.slice(0, firstChild)}<w:pPr>${sectPr}</w:pPr>${tail.slice(firstChild)}`;
  return content.slice(0, at) + paragraph;
}

/** The sectPr elements of a body in order, the first of which starts the package's first section. */
function firstSectPrAt(content: string): number {
  return content.indexOf('<w:sectPr');
}

export function combinePackages(title: string, packages: readonly Uint8Array[]): Uint8Array {
  if (packages.length === 0) throw new Error('没有可合并的文档');
  const base = unzipSync(packages[0]!);
  const out: Zippable = {};
  const baseRelationships = relationships(text(base, 'word/_rels/document.xml.rels'));
  const shared = baseRelationships.filter((r) => !perPackageTypes.test(r.type));
  for (const [name, data] of Object.entries(base)) if (!/^word\/(header|footer)\d+\.xml$|^word\/_rels\/(header|footer)\d+\.xml\.rels$/.test(name)) out[name] = data;
  const baseDocument = bodyOf(text(base, 'word/document.xml'));
  const contentTypes = text(base, '[Content_Types].xml').replace(/<Override [^>]*PartName="\/word\/(header|footer)\d+\.xml"[^>]*\/>/g, '');
  const overrides: string[] = [];
  const joined: Relationship[] = [...shared];
  const bodies: string[] = [];
  let parts = 0;
  let lastSectPr = '';

  packages.forEach((bytes, index) => {
    const files = index === 0 ? base : unzipSync(bytes);
    const { content, sectPr } = bodyOf(text(files, 'word/document.xml'));
    const ids = new Map<string, string>();
    for (const relationship of relationships(text(files, 'word/_rels/document.xml.rels'))) {
      if (!perPackageTypes.test(relationship.type)) continue;
      const id = `rIdJ${index + 1}x${relationship.id}`;
      ids.set(relationship.id, id);
      if (relationship.external) {
        joined.push({ ...relationship, id });
        continue;
      }
      const kind = /\/(header|footer|image)$/.exec(relationship.type)?.[1] ?? 'part';
      const extension = relationship.target.slice(relationship.target.lastIndexOf('.'));
      const target = `${kind}${++parts}${extension}`;
      out[`word/${target}`] = files[`word/${relationship.target}`] ?? strToU8('');
      const partRels = files[`word/_rels/${relationship.target}.rels`];
      if (partRels) out[`word/_rels/${target}.rels`] = partRels;
      if (kind !== 'image') overrides.push(`<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml" PartName="/word/${target}"/>`);
      joined.push({ ...relationship, id, target });
    }
    const renumber = (xml: string) => xml.replace(/r:(id|embed)="([^"]+)"/g, (whole, attr: string, id: string) => (ids.has(id) ? `r:${attr}="${ids.get(id)}"` : whole));
    let body = renumber(content);
    let ending = renumber(sectPr);
    const first = firstSectPrAt(body);
    if (first >= 0) {
      const end = body.indexOf('</w:sectPr>', first) + '</w:sectPr>'.length;
      body = body.slice(0, first) + restartSection(body.slice(first, end), index > 0) + body.slice(end);
    } else ending = restartSection(ending, index > 0);
    if (index < packages.length - 1) bodies.push(endSectionInLastParagraph(body, ending));
    else {
      bodies.push(body);
      lastSectPr = ending;
    }
  });

  out['word/document.xml'] = strToU8(`${baseDocument.before}${bodies.join('')}${lastSectPr}${baseDocument.after}`);
  out['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${joined.map(relationshipXml).join('')}</Relationships>`,
  );
  out['[Content_Types].xml'] = strToU8(contentTypes.replace('</Types>', `${overrides.join('')}</Types>`));
  const core = base['docProps/core.xml'];
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (core) out['docProps/core.xml'] = strToU8(strFromU8(core).replace(/<dc:title>[^<]*<\/dc:title>/, `<dc:title>${escaped}</dc:title>`));
  return zipSync(out, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
