/**
 * The string writer must produce the same document the `docx` library produced: over the render
 * corpus, every built-in template's draft and the 版记 placements the corpus may miss, every
 * part of both packages is parsed and compared as an XML tree (attribute order and entity
 * spelling aside). Only the creation time in docProps/core.xml may differ.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';
import { corpus } from '../../tests/render/corpus/index.ts';
import { writePreparedWithDocxLibrary } from '../../tests/support/docx-oracle/write-docx-oracle.ts';
import { sampleNotice, sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import type { GongwenDocument } from '../model/document.ts';
import { mergeTemplate } from '../template/merge.ts';
import { sampleMergeInput } from '../template/sample-input.ts';
import { prepareDocument } from '../typeset/prepare.ts';
import { writePrepared, type WriteDocxOptions } from './write-docx.ts';

type Node = { name: string; attributes: [string, string][]; children: (Node | string)[] };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  textNodeName: '#text',
});

function canonical(items: Record<string, unknown>[]): (Node | string)[] {
  return items.map((item) => {
    if ('#text' in item) return String(item['#text']);
    const name = Object.keys(item).find((key) => key !== ':@')!;
    const attributes = Object.entries((item[':@'] ?? {}) as Record<string, string>).sort(([a], [b]) => a.localeCompare(b));
    return { name, attributes, children: canonical(item[name] as Record<string, unknown>[]) };
  });
}

const timeless = (xml: string) => xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$1');

function parts(bytes: Uint8Array): Map<string, (Node | string)[]> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, canonical(parser.parse(timeless(strFromU8(data))) as Record<string, unknown>[])]));
}

const pack = await loadBuiltinPack();
const cases: [string, GongwenDocument, WriteDocxOptions][] = [
  ...corpus.map((entry): [string, GongwenDocument, WriteDocxOptions] => [`corpus ${entry.name}`, entry.document, entry.options ?? {}]),
  ...pack.templates.map((template): [string, GongwenDocument, WriteDocxOptions] => [
    `template ${template.id}`,
    mergeTemplate(template, sampleMergeInput(template, '2024-12-05', pack.laws ?? undefined)).document,
    {},
  ]),
  ['版记 on a page of its own', sampleRedHeadNotice(), { placement: { blankLines: 3, spacer: 200, ownPage: true } }],
  ['版记 after padding, 信创 fonts', sampleRedHeadNotice(), { placement: { blankLines: 5, spacer: 0, ownPage: false }, fontProfile: 'xinchuang' }],
  ['no title, no author', sampleNotice({ title: '' }), { author: '' }],
  ['letter with its 版记 on a page of its own', corpus.find((entry) => entry.document.form === 'letter')!.document, { placement: { blankLines: 0, spacer: 120, ownPage: true } }],
];

describe('the string writer equals the docx-library writer', () => {
  it.each(cases)('%s', async (_name, document, options) => {
    const prepared = prepareDocument(document, options);
    const expected = parts(await writePreparedWithDocxLibrary(document, prepared, options));
    const actual = parts(await writePrepared(document, prepared, options));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, tree] of expected) expect(actual.get(name), name).toEqual(tree);
  });
});
