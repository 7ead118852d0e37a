/**
 * A 版头 typed at the top of a draft, as in a copy of an issued document: the 发文机关标志
 * (one organ with 文件 or 纪要) and the 发文字号 in its standard form (示纪发〔2024〕5号).
 * Only forms the composer prints back identically are read; anything else stays title or body.
 */
import type { SourceParagraph } from './source-text.ts';

export interface HeaderLines {
  organ: string | null;
  markSuffix: '文件' | '纪要' | '';
  documentNumber: string | null;
  /** Index of the first paragraph after the 版头. */
  next: number;
}

const mark = /^(\S.{1,38}?)(文件|纪要)$/u;
const documentNumber = /^[\u4e00-\u9fff×]{1,20}〔\d{4}〕[1-9]\d{0,4}号$/u;

export function readHeaderLines(paragraphs: readonly SourceParagraph[]): HeaderLines {
  const first = paragraphs[0]?.text ?? '';
  const organLine = mark.exec(first);
  const numberAt = organLine ? 1 : 0;
  const number = paragraphs[numberAt]?.text ?? '';
  if (!documentNumber.test(number)) return { organ: null, markSuffix: '文件', documentNumber: null, next: 0 };
  return { organ: organLine ? organLine[1]! : null, markSuffix: organLine ? (organLine[2] as '文件' | '纪要') : '文件', documentNumber: number, next: numberAt + 1 };
}
