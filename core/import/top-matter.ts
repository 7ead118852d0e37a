/**
 * The lines above the body: 标题 (one to three short lines), the 白头 byline of a speech or
 * work report (——在……上的讲话, （2024年3月5日）, the speaker) and 主送机关 (a line ending
 * in ：). 同志们： and the like are a speech's salutation and stay body text.
 */
import type { ImportNotice } from './notices.ts';
import type { SourceParagraph } from './source-text.ts';
import { readTypedDate, type TypedDate } from './date-text.ts';
import { readRunOnEnumeration, standaloneFirstItemStyle } from './enumeration-text.ts';
import { readTypedOrdinal } from './typed-ordinal.ts';

export interface TopMatter {
  titleLines: string[];
  byline: { subtitle: string | null; date: TypedDate | null; speaker: string | null } | null;
  addressees: string[];
  /** Index of the first paragraph after the top matter. */
  next: number;
}

const maxTitleLines = 3;
const maxTitleLength = 40;
const maxAddresseeLength = 200;
const endPunctuation = /[。；：，、！？;:,!?]$/u;
const speechTitleEnd = /(?:讲话|报告|发言|致辞|讲稿)$/u;
const salutation = /同志|各位|朋友|代表们|女士|先生/u;
const bodyLead = /(?:如下|以下)：$/u;

const length = (text: string) => [...text].length;
const singleLine = (text: string) => !text.includes('\n');

function isSubtitle(text: string): boolean {
  return singleLine(text) && /^——[^—-]/u.test(text) && text.length <= 400;
}

function bylineDate(text: string): TypedDate | null {
  const match = /^（(.+)）$/u.exec(text);
  return match && singleLine(text) ? readTypedDate(match[1]!) : null;
}

function isTitleLike(text: string): boolean {
  return (
    length(text) <= maxTitleLength &&
    !endPunctuation.test(text) &&
    !text.includes('。') &&
    readTypedOrdinal(text) === null &&
    standaloneFirstItemStyle(text) === null &&
    readRunOnEnumeration(text) === null &&
    readTypedDate(text) === null &&
    !isSubtitle(text) &&
    bylineDate(text) === null
  );
}

/** A name, or offices then a name: 县委常委、县纪委书记  王某某. */
function isSpeakerLike(text: string): boolean {
  return singleLine(text) && length(text) >= 2 && length(text) <= maxTitleLength && !/[。；：，！？;:,!?]/u.test(text) && !/^[—\-－─]/u.test(text) && readTypedOrdinal(text) === null && readTypedDate(text) === null;
}

function isAddressee(text: string): boolean {
  if (!singleLine(text) || !text.endsWith('：') || length(text) > maxAddresseeLength) return false;
  const names = text.slice(0, -1).trim();
  return Boolean(names) && !/[：:，,、]$/u.test(names) && !/[。；！？：]/u.test(names) && !salutation.test(text) && !bodyLead.test(text) && !names.startsWith('附件') && readTypedOrdinal(text) === null;
}

/** Splits 主送 at 、 outside brackets; a list with an empty name stays one entry so no mark is dropped. */
function addresseeNames(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (ch === '、' && depth === 0) {
      names.push(text.slice(start, i));
      start = i + 1;
    }
  }
  names.push(text.slice(start));
  return names.some((name) => !name.trim()) ? [text] : names;
}

/** Reads from `start` (the paragraph after a typed 版头, if any). */
export function readTopMatter(paragraphs: readonly SourceParagraph[], notices: ImportNotice[], start = 0): TopMatter {
  let i = start;
  const at = (index: number) => paragraphs[index]?.text ?? '';
  const titleLines: string[] = [];
  while (i < paragraphs.length && titleLines.length < maxTitleLines && isTitleLike(at(i))) {
    const previous = titleLines.length > 0 ? paragraphs[i - 1] : undefined;
    // A blank line ends the title; so does a speaker's name under a speech title.
    if (previous && (paragraphs[i]!.line !== previous.line + 1 || (speechTitleEnd.test(previous.text) && isSpeakerLike(at(i))))) break;
    titleLines.push(at(i));
    i++;
  }

  let byline: TopMatter['byline'] = null;
  if (titleLines.length > 0) {
    const subtitle = isSubtitle(at(i)) ? at(i++).slice(2) : null;
    const date = bylineDate(at(i));
    if (date) i++;
    const lastTitle = titleLines[titleLines.length - 1]!;
    let speaker: string | null = null;
    if (i < paragraphs.length && isSpeakerLike(at(i)) && (subtitle !== null || date !== null || speechTitleEnd.test(lastTitle))) {
      speaker = at(i++);
      if (!date && bylineDate(at(i))) notices.push({ kind: 'bylineDateAfterSpeaker', line: paragraphs[i]!.line });
    }
    if (subtitle !== null || date || speaker !== null) byline = { subtitle, date, speaker };
  }

  let addressees: string[] = [];
  if (!byline && i < paragraphs.length && isAddressee(at(i))) addressees = addresseeNames(at(i++).slice(0, -1));
  return { titleLines, byline, addressees, next: i };
}
