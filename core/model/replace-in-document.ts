/**
 * 替换 over the draft, only where it is safe: inside one typed text run of a body paragraph,
 * heading or enumeration, or in a plain one-line field (title, 文号, 附注, …). A match inside a
 * field value (a number from a ledger keeps its provenance), across a field, in a table or in a
 * list of names is left alone and counted as skipped, so the writer can see why.
 */
import type { Block } from './blocks.ts';
import type { GongwenDocument } from './document.ts';
import { findInDocument, type FindMatch } from './find-in-document.ts';
import { inlineItemText, type Inline } from './inline.ts';

export interface ReplaceOutcome {
  document: GongwenDocument;
  replaced: number;
  skipped: number;
}

type StringPath = 'title' | 'header.documentNumber' | 'byline.subtitle' | 'byline.speaker' | 'note' | 'record.printer';

function setString(document: GongwenDocument, path: StringPath, edit: (value: string) => string): GongwenDocument {
  switch (path) {
    case 'title':
      return { ...document, title: edit(document.title) };
    case 'header.documentNumber':
      return { ...document, header: { ...document.header, documentNumber: edit(document.header.documentNumber ?? '') } };
    case 'byline.subtitle':
      return document.byline ? { ...document, byline: { ...document.byline, subtitle: edit(document.byline.subtitle ?? '') } } : document;
    case 'byline.speaker':
      return document.byline ? { ...document, byline: { ...document.byline, speaker: edit(document.byline.speaker ?? '') } } : document;
    case 'note':
      return { ...document, note: edit(document.note ?? '') };
    case 'record.printer':
      return { ...document, record: { ...document.record, printer: edit(document.record.printer ?? '') } };
  }
}

const stringPaths: readonly string[] = ['title', 'header.documentNumber', 'byline.subtitle', 'byline.speaker', 'note', 'record.printer'];

const splice = (value: string, start: number, length: number, replacement: string) => value.slice(0, start) + replacement + value.slice(start + length);

/** The block's inline runs in the order find reads them, rebuilt by `rebuild`. */
function runsOf(block: Block): { runs: Inline[][]; rebuild: (runs: Inline[][]) => Block } | null {
  switch (block.type) {
    case 'paragraph':
      return { runs: [block.content], rebuild: ([content]) => ({ ...block, content: content! }) };
    case 'heading':
      return { runs: block.runIn ? [block.content, block.runIn] : [block.content], rebuild: ([content, runIn]) => ({ ...block, content: content!, runIn: runIn ?? block.runIn }) };
    case 'enumeration':
      return { runs: [block.lead, ...block.items], rebuild: ([lead, ...items]) => ({ ...block, lead: lead!, items }) };
    case 'table':
    case 'pageBreak':
      return null;
  }
}

/** Replaces one match inside a block when it lies wholly in one text run; null otherwise. */
function replaceInBlock(block: Block, match: FindMatch, replacement: string): Block | null {
  const shape = runsOf(block);
  if (!shape) return null;
  let offset = 0;
  const runs = shape.runs.map((run) => [...run]);
  for (const run of runs) {
    for (const [i, inline] of run.entries()) {
      const text = inlineItemText(inline);
      const start = match.start - offset;
      if (start >= 0 && start + match.length <= text.length) {
        if (inline.type !== 'text') return null;
        run[i] = { ...inline, text: splice(inline.text, start, match.length, replacement) };
        return shape.rebuild(runs);
      }
      // Starts here but runs on into the next item: it spans a field or a break.
      if (start >= 0 && start < text.length) return null;
      offset += text.length;
    }
  }
  return null;
}

/** Replaces `which` (one match found by findInDocument for `query`) or every match. */
export function replaceInDocument(document: GongwenDocument, query: string, replacement: string, which: FindMatch | 'all'): ReplaceOutcome {
  const all = findInDocument(document, query);
  const targets = which === 'all' ? all : all.filter((m) => m.source === which.source && m.start === which.start);
  let next = document;
  let replaced = 0;
  // Right to left within a part, so the offsets of the matches still to do stay valid.
  for (const match of [...targets].reverse()) {
    const body = /^body\.(\d+)$/.exec(match.source);
    if (stringPaths.includes(match.source)) {
      next = setString(next, match.source as StringPath, (value) => splice(value, match.start, match.length, replacement));
      replaced++;
    } else if (body) {
      const index = Number(body[1]);
      const block = replaceInBlock(next.body[index]!, match, replacement);
      if (!block) continue;
      next = { ...next, body: next.body.map((b, i) => (i === index ? block : b)) };
      replaced++;
    }
  }
  return { document: next, replaced, skipped: targets.length - replaced };
}
