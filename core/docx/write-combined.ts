/**
 * Several documents in one .docx for printing a batch: each starts on an odd page in a section
 * of its own, so a duplex printout separates into notices, and its page numbers start at 1.
 * Every document keeps its own 版头 header, 版记 placement and footers.
 */
import { SectionType, type ISectionOptions } from 'docx';
import type { GongwenDocument } from '../model/document.ts';
import { prepareDocument, type PreparedDocument } from '../typeset/prepare.ts';
import { packSections, recordPlacement, typesetToSections, type WriteDocxOptions } from './write-docx.ts';

/** The sections of documents already composed and laid out (a batch writes each one alone too). */
export function combinedSections(prepared: readonly PreparedDocument[]): ISectionOptions[] {
  return prepared.flatMap(({ typeset, layout }, index) => {
    const [first, ...rest] = typesetToSections(typeset, recordPlacement(layout));
    if (!first) return [];
    const opening: ISectionOptions = {
      ...first,
      properties: { ...first.properties, ...(index > 0 ? { type: SectionType.ODD_PAGE } : {}), page: { ...first.properties?.page, pageNumbers: { start: 1 } } },
    };
    return [opening, ...rest];
  });
}

export async function writeCombinedDocx(title: string, documents: readonly GongwenDocument[], options: Omit<WriteDocxOptions, 'placement'> = {}): Promise<Uint8Array> {
  return packSections(title, combinedSections(documents.map((document) => prepareDocument(document, options))), options);
}
