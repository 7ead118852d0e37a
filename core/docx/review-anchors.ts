/**
 * Anchors for the leader-review round trip: each paragraph of an export for review carries a
 * hidden bookmark named after the model path it came from (body.3.items.1 → _GW_b3_i1), and
 * docProps/custom.xml records the draft and version. Bookmarks print nothing, keep their place
 * through edits in Word, WPS and LibreOffice, and a leading underscore hides them from Word's
 * bookmark list. Word keeps names of at most 40 characters, hence the short segment codes.
 */
import { escapeXml } from './xml-escape.ts';

export interface ReviewStamp {
  draftId: string;
  /** The named version the export was taken from (e.g. 送审稿), or null for the current draft. */
  versionId: string | null;
  versionName: string | null;
}

export const anchorPrefix = '_GW_';
const maxName = 40;

const codes: Record<string, string> = { body: 'b', items: 'i', rows: 'r', cells: 'c', attachments: 'a', blocks: 'k', title: 't', addressees: 'd', note: 'n', header: 'h', signature: 's', record: 'e', byline: 'y' };
const words = Object.fromEntries(Object.entries(codes).map(([word, code]) => [code, word]));

/** The bookmark name for a model path, or null when the path does not fit Word's 40 characters. */
export function anchorName(source: string): string | null {
  const parts: string[] = [];
  for (const segment of source.split('.')) {
    if (/^\d+$/.test(segment) && parts.length > 0) parts[parts.length - 1] += segment;
    else parts.push(codes[segment] ?? segment.replace(/[^A-Za-z]/g, ''));
  }
  const name = anchorPrefix + parts.join('_');
  return name.length <= maxName ? name : null;
}

/** The model path behind a bookmark name of ours (a `__2` suffix marks a second paragraph of one path), or null for anyone else's bookmark. */
export function sourceOfAnchor(name: string): string | null {
  if (!name.startsWith(anchorPrefix)) return null;
  const body = name.slice(anchorPrefix.length).replace(/__\d+$/, '');
  const segments: string[] = [];
  for (const part of body.split('_')) {
    const match = /^([a-z]+)(\d*)$/i.exec(part);
    if (!match) return null;
    const [, code = '', index] = match;
    segments.push(words[code] ?? code);
    if (index) segments.push(index);
  }
  return segments.join('.');
}

/** Hands out bookmark ids and unique names while one document is written. */
export class ReviewAnchors {
  private nextId = 1;
  private readonly used = new Map<string, number>();

  /** Wraps a paragraph's content (after w:pPr) in a bookmark for its source. */
  mark(source: string | null, paragraph: string): string {
    const base = source === null ? null : anchorName(source);
    if (base === null) return paragraph;
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    const name = count === 1 ? base : `${base}__${count}`;
    if (name.length > maxName) return paragraph;
    const id = this.nextId++;
    const start = `<w:bookmarkStart w:id="${id}" w:name="${name}"/>`;
    const end = `<w:bookmarkEnd w:id="${id}"/>`;
    const afterProperties = paragraph.indexOf('</w:pPr>');
    const at = afterProperties === -1 ? paragraph.indexOf('>') + 1 : afterProperties + '</w:pPr>'.length;
    return `${paragraph.slice(0, at)}${start}${paragraph.slice(at, -'</w:p>'.length)}${end}</w:p>`;
  }
}

export const stampProperty = { draftId: 'GongwenDraftId', versionId: 'GongwenVersionId', versionName: 'GongwenVersionName' } as const;

const customPropertiesRoot =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">';

/** docProps/custom.xml naming the draft and version (Word shows them under 文件 → 属性 → 自定义, and keeps them on save). */
export function stampXml(stamp: ReviewStamp): string {
  const entries = [
    [stampProperty.draftId, stamp.draftId],
    [stampProperty.versionId, stamp.versionId],
    [stampProperty.versionName, stamp.versionName],
  ].filter((entry): entry is [string, string] => entry[1] !== null);
  const properties = entries.map(
    ([name, value], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${name}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return `${customPropertiesRoot}${properties.join('')}</Properties>`;
}
