/**
 * A .docx back from review → its paragraphs with both readings (tracked changes rejected, as
 * exported; and accepted, as the leader wants it), our anchors, every tracked change and
 * comment in the order Word wrote them, and the draft stamp from docProps/custom.xml.
 * Word writes insertions as w:ins around runs, deletions as w:del around runs of w:delText,
 * moves as w:moveFrom/w:moveTo, formatting changes as w:rPrChange/w:pPrChange holding the old
 * properties, and comments as a commentRangeStart/End pair in the text plus word/comments.xml.
 */
import { DocxReadError } from '../docx-read/docx-read-error.ts';
import { readRelationships, targetOfType } from '../docx-read/relationships.ts';
import { unzipDocx } from '../docx-read/unzip-docx.ts';
import { attr, child, childrenNamed, childrenOf, find, parseXml, tagOf, textOf, type XmlNode } from '../docx-read/xml.ts';
import { sourceOfAnchor, stampProperty, type ReviewStamp } from '../docx/review-anchors.ts';

export type TrackedKind = 'insertion' | 'deletion' | 'moveFrom' | 'moveTo' | 'formatting' | 'paragraphFormatting';

export interface TrackedMark {
  kind: TrackedKind;
  author: string | null;
  date: string | null;
  text: string;
  /** Where the mark starts in the paragraph's `original` reading (an insertion: where it goes in). */
  at: number;
}

export interface ReviewedParagraph {
  /** Model paths of our bookmarks that start in this paragraph. */
  anchors: string[];
  /** The text with tracked changes rejected: what the leader was given, plus untracked edits. */
  original: string;
  /** The text with tracked changes accepted. */
  current: string;
  marks: TrackedMark[];
}

export interface ReviewComment {
  id: string;
  author: string | null;
  date: string | null;
  text: string;
  /** The words the comment is attached to (empty for a comment at a point). */
  anchoredText: string;
  /** Index into `paragraphs` of where the comment starts, or null when its mark is missing. */
  paragraph: number | null;
}

export interface ReviewedDocx {
  stamp: ReviewStamp | null;
  paragraphs: ReviewedParagraph[];
  comments: ReviewComment[];
}

type Revision = Exclude<TrackedKind, 'formatting' | 'paragraphFormatting'>;
const revisionKinds: Record<string, Revision> = { ins: 'insertion', del: 'deletion', moveFrom: 'moveFrom', moveTo: 'moveTo' };
/** Wrappers whose runs are read as if they stood in the paragraph. */
const transparent = new Set(['hyperlink', 'smartTag', 'customXml', 'dir', 'bdo', 'fldSimple', 'sdtContent']);

const markOf = (kind: TrackedKind, node: XmlNode, text: string, at: number): TrackedMark => ({ kind, author: attr(node, 'author') ?? null, date: attr(node, 'date') ?? null, text, at });

/** What the comment marks in the text say, by comment id. */
interface CommentMarks {
  /** Ranges not yet closed, with the text read so far. */
  open: Map<string, string>;
  covered: Map<string, string>;
  /** The paragraph each comment starts in. */
  starts: Map<string, number>;
}

class ParagraphReader {
  readonly paragraph: ReviewedParagraph = { anchors: [], original: '', current: '', marks: [] };
  constructor(
    private readonly comments: CommentMarks,
    private readonly index: number,
  ) {}

  read(p: XmlNode): void {
    const pPr = child(p, 'pPr');
    const pPrChange = child(pPr, 'pPrChange');
    if (pPrChange) this.paragraph.marks.push(markOf('paragraphFormatting', pPrChange, '', 0));
    this.inline(childrenOf(p), null);
    const formatting = this.paragraph.marks.find((m) => m.kind === 'paragraphFormatting');
    if (formatting) formatting.text = this.paragraph.current;
  }

  /** Reads runs and wrappers; returns the text read, so a revision knows what it covers. */
  private inline(nodes: readonly XmlNode[], revision: Revision | null): string {
    let read = '';
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'r') read += this.run(node, revision);
      else if (Object.hasOwn(revisionKinds, tag)) {
        const kind = revisionKinds[tag]!;
        const at = this.paragraph.original.length;
        const text = this.inline(childrenOf(node), kind);
        if (text) this.addRevision(markOf(kind, node, text, at));
        read += text;
      } else if (tag === 'bookmarkStart') {
        const source = sourceOfAnchor(attr(node, 'name') ?? '');
        if (source !== null && !this.paragraph.anchors.includes(source)) this.paragraph.anchors.push(source);
      } else if (tag === 'commentRangeStart') {
        const id = attr(node, 'id') ?? '';
        this.comments.open.set(id, '');
        this.comments.starts.set(id, this.index);
      } else if (tag === 'commentRangeEnd') {
        const id = attr(node, 'id') ?? '';
        this.comments.covered.set(id, this.comments.open.get(id) ?? '');
        this.comments.open.delete(id);
      } else if (tag === 'sdt') read += this.inline(childrenOf(child(node, 'sdtContent') ?? {}), revision);
      else if (transparent.has(tag)) read += this.inline(childrenOf(node), revision);
    }
    return read;
  }

  /** Text read outside revisions since the last one: none means the next revision continues it. */
  private sinceRevision = '';

  /**
   * LibreOffice writes one recorded insertion as a w:ins per run, and splits runs where the
   * script changes (请各单位于 | 3 | 月底前…): neighbours with nothing between them and the same
   * kind, author and date are one change.
   */
  private addRevision(mark: TrackedMark): void {
    const last = this.paragraph.marks[this.paragraph.marks.length - 1];
    if (last && !this.sinceRevision && last.kind === mark.kind && last.author === mark.author && last.date === mark.date) last.text += mark.text;
    else this.paragraph.marks.push(mark);
    this.sinceRevision = '';
  }

  private run(r: XmlNode, kind: Revision | null): string {
    let text = '';
    for (const part of childrenOf(r)) {
      const tag = tagOf(part);
      if (tag === 't' || tag === 'delText') text += textOf(part);
      else if (tag === 'tab') text += '\t';
      else if (tag === 'commentReference') {
        const id = attr(part, 'id') ?? '';
        if (!this.comments.starts.has(id)) this.comments.starts.set(id, this.index);
      }
    }
    const rPrChange = child(child(r, 'rPr'), 'rPrChange');
    if (rPrChange && text) this.paragraph.marks.push(markOf('formatting', rPrChange, text, this.paragraph.original.length));
    if (kind === null) this.sinceRevision += text;
    if (kind !== 'insertion' && kind !== 'moveTo') this.paragraph.original += text;
    if (kind !== 'deletion' && kind !== 'moveFrom') this.paragraph.current += text;
    for (const [id, covered] of this.comments.open) this.comments.open.set(id, covered + text);
    return text;
  }
}

function readStamp(xml: string | undefined): ReviewStamp | null {
  if (xml === undefined) return null;
  const root = find(parseXml(xml, 'docProps/custom.xml'), 'Properties');
  const values = new Map<string, string>();
  for (const property of childrenNamed(root, 'property')) {
    const value = childrenOf(property).find((c) => tagOf(c) !== '#text');
    if (value) values.set(attr(property, 'name') ?? '', textOf(value));
  }
  const draftId = values.get(stampProperty.draftId);
  if (!draftId) return null;
  return { draftId, versionId: values.get(stampProperty.versionId) ?? null, versionName: values.get(stampProperty.versionName) ?? null };
}

function readCommentTexts(xml: string | undefined, part: string): Map<string, { author: string | null; date: string | null; text: string }> {
  const comments = new Map<string, { author: string | null; date: string | null; text: string }>();
  if (xml === undefined) return comments;
  const root = find(parseXml(xml, part), 'comments');
  for (const comment of childrenNamed(root, 'comment')) {
    const paragraphs = childrenNamed(comment, 'p').map((p) => plainText(p));
    comments.set(attr(comment, 'id') ?? '', { author: attr(comment, 'author') ?? null, date: attr(comment, 'date') ?? null, text: paragraphs.join('\n') });
  }
  return comments;
}

function plainText(node: XmlNode): string {
  return childrenOf(node)
    .map((c) => {
      const tag = tagOf(c);
      if (tag === 't') return textOf(c);
      if (tag === 'tab') return '\t';
      if (tag === 'del' || tag === 'moveFrom' || tag === '#text') return '';
      return plainText(c);
    })
    .join('');
}

export function readReviewedDocx(bytes: Uint8Array): ReviewedDocx {
  const parts = unzipDocx(bytes);
  const main = targetOfType(readRelationships(parts, ''), 'officeDocument') ?? 'word/document.xml';
  const documentXml = parts.get(main);
  if (documentXml === undefined) throw new DocxReadError(`压缩包中没有正文部件 ${main}，不是 Word 文档`);
  const body = find(parseXml(documentXml, main), 'body');
  if (!body) throw new DocxReadError('找不到正文（w:body）', main);

  const paragraphs: ReviewedParagraph[] = [];
  const marks: CommentMarks = { open: new Map(), covered: new Map(), starts: new Map() };
  const blocks = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'p') {
        const reader = new ParagraphReader(marks, paragraphs.length);
        reader.read(node);
        paragraphs.push(reader.paragraph);
      } else if (tag === 'tbl') for (const row of childrenNamed(node, 'tr')) for (const cell of childrenNamed(row, 'tc')) blocks(childrenOf(cell));
      else if (tag === 'sdt') blocks(childrenOf(child(node, 'sdtContent') ?? {}));
      else if (tag === 'customXml' || Object.hasOwn(revisionKinds, tag)) blocks(childrenOf(node));
    }
  };
  blocks(childrenOf(body));

  const commentsPart = targetOfType(readRelationships(parts, main), 'comments') ?? 'word/comments.xml';
  const comments = [...readCommentTexts(parts.get(commentsPart), commentsPart)].map(([id, comment]) => ({
    id,
    ...comment,
    anchoredText: marks.covered.get(id) ?? marks.open.get(id) ?? '',
    paragraph: marks.starts.get(id) ?? null,
  }));
  return { stamp: readStamp(parts.get('docProps/custom.xml')), paragraphs, comments };
}
