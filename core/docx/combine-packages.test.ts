import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../model/document.ts';
import { text } from '../model/inline.ts';
import { longReport } from '../../tests/support/long-document.ts';
import { sampleNotice, sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { docxParagraphTexts, docxParts } from '../../tests/support/docx-parts.ts';
import { readDocx } from '../docx-read/read-docx.ts';
import { combinePackages } from './combine-packages.ts';
import { writeDocx } from './write-docx.ts';

const speech = {
  ...createBlankDocument('讲话稿', '2024-12-05'),
  title: '在全县警示教育大会上的讲话',
  body: [{ type: 'paragraph' as const, content: text('同志们：今天召开警示教育大会。') }],
};
const documents = [sampleRedHeadNotice(), speech, longReport(3), sampleNotice()];
const packages = await Promise.all(documents.map((document) => writeDocx(document)));
const combined = combinePackages('合并打印', packages);
const parts = docxParts(combined);
const body = parts['word/document.xml']!;

describe('combinePackages', () => {
  it('keeps every paragraph of every document, in order', () => {
    expect(docxParagraphTexts(combined).filter(Boolean)).toEqual(packages.flatMap((bytes) => docxParagraphTexts(bytes)).filter(Boolean));
    expect(readDocx(combined).paragraphs.length).toBeGreaterThan(0);
  });

  it('starts each document in a section of its own on an odd page, numbering pages from 1', () => {
    const sections = (xml: string) => xml.match(/<w:sectPr\b/g)?.length ?? 0;
    expect(sections(body)).toBe(packages.reduce((sum, bytes) => sum + sections(docxParts(bytes)['word/document.xml']!), 0));
    expect(body.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(documents.length);
    expect(body.match(/<w:type w:val="oddPage"\/>/g)).toHaveLength(documents.length - 1);
    expect(body.match(/<w:body>/g)).toHaveLength(1);
  });

  it('is a well-formed package: every reference resolves and every part has its content type', () => {
    for (const [name, xml] of Object.entries(parts)) if (name.endsWith('.xml') || name.endsWith('.rels')) expect(XMLValidator.validate(xml), name).toBe(true);
    const rels = parts['word/_rels/document.xml.rels']!;
    const targets = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map(([, id, target]) => [id!, target!]));
    const referenced = [...body.matchAll(/r:id="([^"]+)"/g)].map(([, id]) => id!);
    expect(referenced.length).toBeGreaterThan(documents.length);
    for (const id of referenced) {
      const target = targets.get(id);
      expect(target, id).toBeDefined();
      expect(parts[`word/${target}`], target).toBeDefined();
      expect(parts['[Content_Types].xml']).toContain(`PartName="/word/${target}"`);
    }
    const footers = Object.keys(parts).filter((name) => /^word\/footer\d+_\d+\.xml$/.test(name));
    expect(footers.length).toBe(new Set(referenced.map((id) => targets.get(id))).size - Object.keys(parts).filter((name) => /^word\/header\d+_\d+\.xml$/.test(name)).length);
    expect(parts['docProps/core.xml']).toContain('<dc:title>合并打印</dc:title>');
  });
});
