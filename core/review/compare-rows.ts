/**
 * The rows of a 修改对照 document: each paragraph whose wording changed, with the section a
 * reader names it by, its old and its new wording. Between a draft and a leader's reviewed
 * file the new wording is the file with every tracked change accepted (plus untracked edits),
 * and comments come along; between two versions of a draft it is the later version. Paragraphs
 * are paired the way the review import pairs them (anchors, same wording, then similarity), so
 * both documents and the review panel name a change by the same section and paragraph.
 */
import type { GongwenDocument } from '../model/document.ts';
import { draftParagraphs, type DraftParagraph } from './draft-paragraphs.ts';
import { exportedDocument, mapReview, place, type ReviewChange, type ReviewDraft } from './map-review.ts';
import type { ReviewedDocx, ReviewedParagraph } from './read-reviewed-docx.ts';
import { normalise } from './similarity.ts';

export interface ComparisonRow {
  section: string;
  /** 1-based among the section's paragraphs of the old wording. */
  paragraph: number;
  /** A paragraph with no old wording, placed after `paragraph`; 0 when it opens the document. */
  added: boolean;
  before: string;
  after: string;
}

export interface Comparison {
  title: string;
  /** What the old and the new wording are, e.g. 版本“送审稿” and 审阅稿“审阅稿.docx”. */
  beforeName: string;
  afterName: string;
  rows: ComparisonRow[];
  /** The leader's comments, placed like the review import places them. */
  comments: ReviewChange[];
  notes: string[];
}

/** The new wording of each old paragraph (null when it is gone), and the paragraphs added after each (key -1: before the first). */
function pair(paragraphs: readonly ReviewedParagraph[], expected: readonly DraftParagraph[]): ComparisonRow[] {
  const placed = place(paragraphs, expected);
  const readings = new Map<DraftParagraph, Array<{ piece: number; text: string }>>();
  const added = new Map<number, string[]>();
  let last = -1;
  placed.forEach((p, index) => {
    const text = paragraphs[index]!.current;
    if (p.target) {
      const list = readings.get(p.target) ?? [];
      list.push({ piece: p.piece ?? list.length, text });
      readings.set(p.target, list);
      last = expected.indexOf(p.target);
    } else if (normalise(text)) added.set(last, [...(added.get(last) ?? []), text]);
  });
  const rows: ComparisonRow[] = [];
  const addedAfter = (index: number) => {
    const target = expected[index];
    for (const text of added.get(index) ?? []) rows.push({ section: target?.section ?? expected[0]?.section ?? '', paragraph: target?.number ?? 0, added: true, before: '', after: text });
  };
  addedAfter(-1);
  expected.forEach((target, index) => {
    const list = readings.get(target);
    const after = list ? [...list].sort((a, b) => a.piece - b.piece).map((r) => r.text).join('') : '';
    if (normalise(after) !== normalise(target.text)) rows.push({ section: target.section, paragraph: target.number, added: false, before: target.text, after });
    addedAfter(index);
  });
  return rows;
}

/** The draft as sent for review against the leader's file. */
export function compareReviewed(draft: ReviewDraft, reviewed: ReviewedDocx, fileName: string): Comparison {
  const report = mapReview(draft, reviewed);
  const { document } = exportedDocument(draft, reviewed, []);
  return {
    title: draft.title,
    beforeName: report.versionName ? `版本“${report.versionName}”` : '当前草稿',
    afterName: `审阅稿“${fileName}”（修订全部接受）`,
    rows: pair(reviewed.paragraphs, draftParagraphs(document)),
    comments: report.changes.filter((c) => c.kind === 'comment'),
    notes: report.notes,
  };
}

/** Two versions of one draft, by wording alone (model paths shift when paragraphs are added). */
export function compareDocuments(title: string, before: { name: string; document: GongwenDocument }, after: { name: string; document: GongwenDocument }): Comparison {
  const paragraphs = draftParagraphs(after.document).flatMap((p) => p.pieces.map((piece): ReviewedParagraph => ({ anchors: [], original: piece, current: piece, marks: [] })));
  return { title, beforeName: before.name, afterName: after.name, rows: pair(paragraphs, draftParagraphs(before.document)), comments: [], notes: [] };
}
