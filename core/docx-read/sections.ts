/**
 * `w:sectPr` → page setup of each section. A section without a footer reference of some type
 * inherits the previous section's footer of that type, as Word does.
 */
import type { DocxSection } from './docx-model.ts';
import type { Relationship } from './relationships.ts';
import { attr, child, childrenNamed, isOn, numberAttr, type XmlNode } from './xml.ts';

export interface SectionSource {
  sectPr: XmlNode | undefined;
  firstParagraph: number;
  lastParagraph: number;
}

/** `w:type` of the section: how it starts (a new page unless continuous). */
export function sectionStartsPage(sectPr: XmlNode | undefined): boolean {
  return attr(child(sectPr, 'type'), 'val') !== 'continuous';
}

export function readSections(sources: readonly SectionSource[], rels: Map<string, Relationship>): DocxSection[] {
  const sections: DocxSection[] = [];
  let inherited: DocxSection['footers'] = { default: null, even: null, first: null };
  for (const { sectPr, firstParagraph, lastParagraph } of sources) {
    const pgSz = child(sectPr, 'pgSz');
    const pgMar = child(sectPr, 'pgMar');
    const grid = child(sectPr, 'docGrid');
    const footers = { ...inherited };
    for (const ref of childrenNamed(sectPr, 'footerReference')) {
      const type = attr(ref, 'type') ?? 'default';
      const target = rels.get(attr(ref, 'id') ?? '')?.target ?? null;
      if (type === 'default' || type === 'even' || type === 'first') footers[type] = target;
    }
    inherited = footers;
    const width = numberAttr(pgSz, 'w') ?? null;
    const height = numberAttr(pgSz, 'h') ?? null;
    sections.push({
      pageSize: { width, height, landscape: attr(pgSz, 'orient') === 'landscape' || (width !== null && height !== null && width > height) },
      margin: {
        top: numberAttr(pgMar, 'top') ?? null,
        right: numberAttr(pgMar, 'right') ?? numberAttr(pgMar, 'end') ?? null,
        bottom: numberAttr(pgMar, 'bottom') ?? null,
        left: numberAttr(pgMar, 'left') ?? numberAttr(pgMar, 'start') ?? null,
        header: numberAttr(pgMar, 'header') ?? null,
        footer: numberAttr(pgMar, 'footer') ?? null,
      },
      grid: { type: attr(grid, 'type') ?? null, linePitch: numberAttr(grid, 'linePitch') ?? null, charSpace: numberAttr(grid, 'charSpace') ?? null },
      footers,
      titlePage: isOn(child(sectPr, 'titlePg')) ?? false,
      pageNumberStart: numberAttr(child(sectPr, 'pgNumType'), 'start') ?? null,
      firstParagraph,
      lastParagraph,
    });
  }
  return sections;
}
