/**
 * Which sequence a half-typed 发文字号 belongs to: writers often type only 某纪发〔2024〕 and
 * leave the serial for the register to fill, or copy last year's full number. The 机关代字
 * and the year are read from whatever is there.
 */
import { DocumentNumberPrefixSchema, DocumentYearSchema } from './document-number.ts';

export interface SequenceGuess {
  prefix: string | null;
  year: number | null;
}

const pattern = /^\s*([^\s〔〕[\]【】（）()［］\d]+)\s*(?:[〔[【（(［]\s*(\d{4})?)?/u;

export function guessSequence(text: string | null): SequenceGuess {
  const match = pattern.exec((text ?? '').normalize('NFKC'));
  const prefix = match?.[1] && DocumentNumberPrefixSchema.safeParse(match[1]).success ? match[1] : null;
  const year = match?.[2] && DocumentYearSchema.safeParse(Number(match[2])).success ? Number(match[2]) : null;
  return { prefix, year };
}
