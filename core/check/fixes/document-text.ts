/**
 * Every piece of text in a document a fix may touch, named by the same model path the
 * typesetter gives its paragraph (title, body.3, body.3.items.0, attachments.0.blocks.2 …),
 * so a finding's `source` selects exactly the text it was found in.
 */
import type { Block } from '../../model/blocks.ts';
import type { GongwenDocument } from '../../model/document.ts';
import type { Inline } from '../../model/inline.ts';

/** Where the text sits: a fix for running text does not touch the 文号 line, an ordinal fix only plain paragraphs. */
export type TextPlace = 'documentNumber' | 'heading-line' | 'paragraph' | 'block';

export type TextTarget =
  | { path: string; place: TextPlace; kind: 'inlines'; inlines: readonly Inline[]; write: (next: Inline[]) => void }
  | { path: string; place: TextPlace; kind: 'string'; text: string; write: (next: string) => void };

/** Targets over `document` whose `write` mutates it in place: call it on a copy. */
export function textTargets(document: GongwenDocument): TextTarget[] {
  const targets: TextTarget[] = [];
  const string = (path: string, place: TextPlace, text: string | null, write: (next: string) => void) => {
    if (text) targets.push({ path, place, kind: 'string', text, write });
  };
  const inlines = (path: string, place: TextPlace, content: Inline[], write: (next: Inline[]) => void) => {
    if (content.length > 0) targets.push({ path, place, kind: 'inlines', inlines: content, write });
  };
  const blocks = (list: Block[], prefix: string) =>
    list.forEach((block, index) => {
      const path = `${prefix}.${index}`;
      switch (block.type) {
        case 'paragraph':
          return inlines(path, 'paragraph', block.content, (next) => (block.content = next));
        case 'heading':
          inlines(path, 'block', block.content, (next) => (block.content = next));
          if (block.runIn) inlines(path, 'block', block.runIn, (next) => (block.runIn = next));
          return;
        case 'enumeration':
          inlines(path, 'block', block.lead, (next) => (block.lead = next));
          return block.items.forEach((item, i) => inlines(block.runOn ? path : `${path}.items.${i}`, 'block', item, (next) => (block.items[i] = next)));
        case 'table':
          return block.rows.forEach((row, r) => row.cells.forEach((cell, c) => inlines(`${path}.rows.${r}.cells.${c}`, 'block', cell.content, (next) => (cell.content = next))));
        case 'pageBreak':
          return;
      }
    });

  const { header, byline, record } = document;
  string('header.documentNumber', 'documentNumber', header.documentNumber, (next) => (header.documentNumber = next));
  string('title', 'heading-line', document.title, (next) => (document.title = next));
  if (byline) string('byline.subtitle', 'heading-line', byline.subtitle, (next) => (byline.subtitle = next));
  document.addressees.forEach((name, i) => string('addressees', 'heading-line', name, (next) => (document.addressees[i] = next)));
  blocks(document.body, 'body');
  document.attachments.forEach((attachment, i) => {
    string(`attachments.${i}.title`, 'heading-line', attachment.title, (next) => (attachment.title = next));
    blocks(attachment.blocks, `attachments.${i}.blocks`);
  });
  string('note', 'heading-line', document.note, (next) => (document.note = next));
  record.cc.forEach((name, i) => string('record.cc', 'heading-line', name, (next) => (record.cc[i] = next)));
  return targets;
}
