/**
 * Any .docx (ours, Word's, WPS's) → DocxModel: body paragraphs and tables with resolved
 * formatting, sections with their page setup and footers, and the settings the checker needs.
 */
import type { DocxFooter, DocxModel } from './docx-model.ts';
import { DocxReadError } from './docx-read-error.ts';
import { readRelationships, targetOfType } from './relationships.ts';
import { readSections, sectionStartsPage, type SectionSource } from './sections.ts';
import { StyleSheet } from './styles.ts';
import { readThemeFonts } from './theme-fonts.ts';
import { unzipDocx } from './unzip-docx.ts';
import { ContentWalker } from './walk-content.ts';
import { child, childrenOf, find, isOn, parseXml } from './xml.ts';

export function readDocx(bytes: Uint8Array): DocxModel {
  const parts = unzipDocx(bytes);
  const main = targetOfType(readRelationships(parts, ''), 'officeDocument') ?? 'word/document.xml';
  const documentXml = parts.get(main);
  if (documentXml === undefined) {
    throw new DocxReadError(parts.has('[Content_Types].xml') ? `压缩包中没有正文部件 ${main}，不是 Word 文档` : '不是 .docx 文件（缺少 [Content_Types].xml 和 word/document.xml）');
  }
  const rels = readRelationships(parts, main);
  const themePart = targetOfType(rels, 'theme') ?? 'word/theme/theme1.xml';
  const theme = readThemeFonts(parts.get(themePart), themePart);
  const stylesPart = targetOfType(rels, 'styles') ?? 'word/styles.xml';
  const styles = new StyleSheet(parts.get(stylesPart), stylesPart, theme);

  const body = find(parseXml(documentXml, main), 'body');
  if (!body) throw new DocxReadError('找不到正文（w:body）', main);
  const walker = new ContentWalker(main, styles, theme, 1);
  walker.walkBlocks(childrenOf(body));
  const { paragraphs, tables } = walker;

  const sources: SectionSource[] = [];
  let first = 1;
  for (const { lastParagraph, sectPr } of walker.sectionBreaks) {
    sources.push({ sectPr, firstParagraph: first, lastParagraph });
    first = lastParagraph + 1;
  }
  const finalSectPr = child(body, 'sectPr');
  sources.push({ sectPr: finalSectPr, firstParagraph: first, lastParagraph: Math.max(first, paragraphs.length) });
  const sections = readSections(sources, rels);
  for (const paragraph of paragraphs) {
    const index = sources.findIndex((source) => paragraph.number <= source.lastParagraph);
    paragraph.section = index === -1 ? sources.length - 1 : index;
    const source = sources[paragraph.section];
    if (paragraph.section > 0 && source && paragraph.number === source.firstParagraph && sectionStartsPage(source.sectPr)) paragraph.startsPage = true;
  }

  const footers = new Map<string, DocxFooter>();
  for (const section of sections) {
    for (const part of [section.footers.default, section.footers.even, section.footers.first]) {
      if (!part || footers.has(part)) continue;
      const xml = parts.get(part);
      const root = xml === undefined ? undefined : find(parseXml(xml, part), 'ftr');
      const footerWalker = new ContentWalker(part, styles, theme, 1);
      if (root) footerWalker.walkBlocks(childrenOf(root));
      footers.set(part, { part, paragraphs: footerWalker.paragraphs });
    }
  }

  const settingsPart = targetOfType(rels, 'settings') ?? 'word/settings.xml';
  const settingsXml = parts.get(settingsPart);
  const settings = settingsXml === undefined ? undefined : find(parseXml(settingsXml, settingsPart), 'settings');
  return { paragraphs, tables, sections, footers, settings: { evenAndOddHeaders: isOn(child(settings, 'evenAndOddHeaders')) ?? false }, revisions: walker.revisions };
}
