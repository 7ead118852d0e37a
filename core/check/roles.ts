/**
 * The GB/T 9704 role of every paragraph, recognised from text patterns, size, colour and
 * position, since Word and WPS documents carry no tags: 版头 lines before the title, 主送
 * after it, then body, 附件说明, 署名 and 成文日期, 附注, attachment pages and the 版记.
 */
import type { DocxModel, DocxParagraph } from '../docx-read/docx-model.ts';
import { dominantRun, firstLineChars } from './geometry.ts';
import { compact, isBlank, looseDate, looseDocumentNumber, readOrdinal, sentencePunctuation, type Ordinal } from './text-patterns.ts';

export type Role =
  | 'blank'
  | 'copyNumber'
  | 'secrecy'
  | 'urgency'
  | 'mark'
  | 'documentNumber'
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'addressee'
  | 'body'
  | 'heading'
  | 'attachmentNote'
  | 'attachmentNoteItem'
  | 'signature'
  | 'date'
  | 'note'
  | 'minutesList'
  | 'attachmentLabel'
  | 'attachmentTitle'
  | 'record'
  | 'tableCell'
  | 'textbox';

export interface Roles {
  /** By paragraph number. */
  of: Map<number, Role>;
  /** Ordinals of heading paragraphs (standard or not), by paragraph number. */
  ordinals: Map<number, Ordinal>;
  /** Index into `model.tables` of the 版记 table, if the 版记 is one. */
  recordTable: number | null;
}

const isRed = (color: string | null): boolean => {
  if (!color || color.length !== 6) return false;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  return r >= 0x99 && g < 0x60 && b < 0x60;
};

export const hasRedText = (paragraph: DocxParagraph): boolean => paragraph.runs.some((run) => run.text.trim() && isRed(run.props.color));

const recordLine = /^(抄送|主送)\s*[：:]|印发\s*$/;
/** 纪要 name lists (§10.3): 出席：/请假：/列席： in 黑体, names in 仿宋, wraps aligned after the colon. */
const minutesLabel = /^(出席|请假|列席)[：:]/;
const attachmentLabel = /^附件\s*(?:\d|[０-９])*$/;
const attachmentNote = /^附\s*件?\s*[：:]|^附件\s*(?:\d|[０-９])+\s*[.．、：:]\s*\S/;

export function detectRoles(model: DocxModel): Roles {
  const of = new Map<number, Role>();
  const ordinals = new Map<number, Ordinal>();
  const all = model.paragraphs;
  for (const p of all) of.set(p.number, p.container === 'textbox' ? 'textbox' : p.container === 'table' ? 'tableCell' : isBlank(p.text) ? 'blank' : 'body');

  const recordTable = markRecord(model, of);
  const flow = all.filter((p) => of.get(p.number) !== 'textbox' && of.get(p.number) !== 'record');
  const text = (p: DocxParagraph) => compact(p.text);
  const filled = flow.filter((p) => !isBlank(p.text));

  // 版头 and title.
  let cursor = 0;
  for (; cursor < filled.length; cursor++) {
    const p = filled[cursor]!;
    const role = headerRole(p, cursor);
    if (!role) break;
    of.set(p.number, role);
  }
  const titleStart = filled[cursor];
  let bodyStart = cursor;
  if (titleStart && of.get(titleStart.number) !== 'tableCell' && looksLikeTitle(titleStart)) {
    of.set(titleStart.number, 'title');
    bodyStart = cursor + 1;
    for (let i = flow.indexOf(titleStart) + 1; i < flow.length; i++) {
      const next = flow[i]!;
      if (of.get(next.number) !== 'body' || !looksLikeTitle(next) || dominantRun(next).size !== dominantRun(titleStart).size) break;
      of.set(next.number, 'title');
      bodyStart++;
    }
    for (; bodyStart < filled.length; bodyStart++) {
      const p = filled[bodyStart]!;
      if (p.props.align !== 'center' || of.get(p.number) !== 'body') break;
      of.set(p.number, /^——/.test(text(p)) ? 'subtitle' : 'byline');
    }
  }
  const candidate = filled[bodyStart];
  if (candidate && of.get(candidate.number) === 'body' && looksLikeAddressee(candidate)) {
    of.set(candidate.number, 'addressee');
    bodyStart++;
  }

  // Attachment pages start at the first stand-alone 附件N label after the body.
  const labels = filled.slice(bodyStart).filter((p) => of.get(p.number) === 'body' && attachmentLabel.test(text(p)));
  const mainEnd = labels[0] ? filled.indexOf(labels[0]) : filled.length;

  // 成文日期, 署名, 附注 and 附件说明, scanning back from the end of the main text.
  let end = mainEnd - 1;
  const last = filled[end];
  if (last && of.get(last.number) === 'body' && /^[（(].*[）)]$/.test(text(last)) && !looseDate.test(text(last))) {
    of.set(last.number, 'note');
    end--;
  }
  const dateLine = filled[end];
  if (dateLine && end >= bodyStart && of.get(dateLine.number) === 'body' && looseDate.test(text(dateLine))) {
    of.set(dateLine.number, 'date');
    let i = end - 1;
    for (let count = 0; i >= bodyStart && count < 3; i--, count++) {
      const p = filled[i]!;
      if (of.get(p.number) !== 'body' || !looksLikeName(p) || readOrdinal(text(p))) break;
      of.set(p.number, 'signature');
    }
    end = i;
  }
  for (let i = end; i >= bodyStart && i > end - 12; i--) {
    const p = filled[i]!;
    if (of.get(p.number) === 'body' && attachmentNote.test(text(p))) {
      of.set(p.number, 'attachmentNote');
      for (let j = i + 1; j <= end; j++) of.set(filled[j]!.number, 'attachmentNoteItem');
      break;
    }
  }

  for (const label of labels) {
    of.set(label.number, 'attachmentLabel');
    const title = filled[filled.indexOf(label) + 1];
    if (title && of.get(title.number) === 'body' && (title.props.align === 'center' || (dominantRun(title).size ?? 0) > 32)) of.set(title.number, 'attachmentTitle');
  }

  for (const p of filled.slice(bodyStart)) {
    if (of.get(p.number) !== 'body') continue;
    if (minutesLabel.test(text(p))) {
      of.set(p.number, 'minutesList');
      continue;
    }
    const ordinal = readOrdinal(text(p));
    if (ordinal) {
      of.set(p.number, 'heading');
      ordinals.set(p.number, ordinal);
    }
  }
  return { of, ordinals, recordTable };
}

function headerRole(p: DocxParagraph, position: number): Role | null {
  const text = compact(p.text);
  if (position < 3 && /^(?:\d|[０-９]){1,8}$/.test(text)) return 'copyNumber';
  if (/^(绝密|机密|秘密)/.test(text) && text.length <= 15) return 'secrecy';
  if (/^(特急|加急|特提|平急)$/.test(text)) return 'urgency';
  if (hasRedText(p) && !looseDocumentNumber.test(text)) return 'mark';
  if (looseDocumentNumber.test(text.replace(/签发人[：:].*$/, '')) || /签发人[：:]/.test(text)) return 'documentNumber';
  return null;
}

function looksLikeTitle(p: DocxParagraph): boolean {
  const size = dominantRun(p).size ?? 0;
  const text = compact(p.text);
  if (!text || readOrdinal(text)) return false;
  return size >= 36 || (p.props.align === 'center' && !/[。]$/.test(text) && text.length <= 80);
}

/** Organ names end like this; a short prose line without a colon mostly does not. */
const organEnding = /(委|局|办|院|部|厅|室|组|会|处|科|所|站|队|府|关|位|门|司|团|校|中心|镇|乡|街道|党委|党组|支部|同志们?)$/;

function looksLikeAddressee(p: DocxParagraph): boolean {
  const text = compact(p.text);
  if (readOrdinal(text) || text.length > 120) return false;
  if (/[：:]$/.test(text)) return !/[。！？]/.test(text);
  // A 主送 that lost its colon: organ names, 顶格, no sentence punctuation.
  return !sentencePunctuation.test(text) && text.length <= 60 && p.props.align !== 'center' && firstLineChars(p) < 0.5 && organEnding.test(text);
}

/** Closing formulas stand where a 署名 might, but are body text. */
const closingFormula = /^(特此|此复|妥否|当否|以上|请予|请批|请审)/;

function looksLikeName(p: DocxParagraph): boolean {
  const text = compact(p.text);
  if (!text || text.length > 40 || sentencePunctuation.test(text) || /[：:]$/.test(text) || closingFormula.test(text) || attachmentNote.test(text)) return false;
  // A 署名 sits to the right; a line starting two characters in on the left is a body line.
  return !((p.props.align === 'both' || p.props.align === 'left') && Math.abs(firstLineChars(p) - 2) < 0.15 && p.props.indent.left === 0 && !/^[ \u3000]/.test(p.text));
}

/** The 版记: the trailing run of 抄送/印发 lines, or the table that holds them. */
function markRecord(model: DocxModel, of: Map<number, Role>): number | null {
  const paragraphs = model.paragraphs.filter((p) => p.container !== 'textbox');
  let lastRecord = -1;
  for (let i = paragraphs.length - 1; i >= 0 && i >= paragraphs.length - 30; i--) {
    if (recordLine.test(compact(paragraphs[i]!.text))) {
      lastRecord = i;
      break;
    }
  }
  if (lastRecord === -1) return null;
  const table = paragraphs[lastRecord]!.table;
  if (table !== null) {
    for (const number of model.tables[table]?.paragraphs ?? []) of.set(number, 'record');
    return table;
  }
  let first = lastRecord;
  while (first > 0 && paragraphs[first - 1]!.table === null && recordLine.test(compact(paragraphs[first - 1]!.text))) first--;
  for (let i = first; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.table === null && (i <= lastRecord || isBlank(p.text))) of.set(p.number, 'record');
  }
  return null;
}
