/**
 * The paragraphs of a draft as the export for review printed them, one per model path (the
 * lines of a title or the parts of a run-on list join), each with the section a reader would
 * name it by: the 一、 heading above it, 附件N, or the part of the page (标题, 主送机关, 版记 …).
 */
import type { GongwenDocument } from '../model/document.ts';
import { prepareDocument } from '../typeset/prepare.ts';
import type { TypesetItem, TypesetParagraph } from '../typeset/typeset.ts';

export interface DraftParagraph {
  /** Model path, e.g. body.4 or body.6.items.1. */
  source: string;
  text: string;
  /** The printed paragraphs that make it up, in order (a title's lines, an attachment's entry in 附件说明 and its title page). */
  pieces: string[];
  /** 一、强化政治监督, 正文开头, 附件1, 标题 … */
  section: string;
  /** 1-based position among the section's paragraphs. */
  number: number;
}

const partNames: Record<string, string> = {
  header: '版头',
  title: '标题',
  byline: '标题',
  addressees: '主送机关',
  signature: '落款',
  note: '附注',
  record: '版记',
  minutes: '出席人员',
};

const shorten = (text: string, max = 24) => (text.length > max ? `${text.slice(0, max)}…` : text);

export const paragraphText = (p: TypesetParagraph) => p.runs.map((r) => r.text).join('');

function flatten(flow: readonly TypesetItem[]): TypesetParagraph[] {
  return flow.flatMap((item) => (item.kind === 'paragraph' ? [item] : item.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs))));
}

export function draftParagraphs(document: GongwenDocument): DraftParagraph[] {
  const { typeset } = prepareDocument(document);
  const bySource = new Map<string, DraftParagraph>();
  const counts = new Map<string, number>();
  let bodySection = '正文开头';
  for (const p of flatten(typeset.flow)) {
    if (p.source === null) continue;
    const [part = '', index = ''] = p.source.split('.');
    if (part === 'body' && p.role === 'heading1') bodySection = shorten(paragraphText(p));
    const section = part === 'body' ? bodySection : part === 'attachments' ? `附件${Number(index) + 1}` : (partNames[part] ?? part);
    const known = bySource.get(p.source);
    if (known) {
      known.text += paragraphText(p);
      known.pieces.push(paragraphText(p));
      continue;
    }
    const number = (counts.get(section) ?? 0) + 1;
    counts.set(section, number);
    bySource.set(p.source, { source: p.source, text: paragraphText(p), pieces: [paragraphText(p)], section, number });
  }
  return [...bySource.values()];
}
