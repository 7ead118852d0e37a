/**
 * 发文字号 (GB/T 9704-2012 §7.2.4): 机关代字 + 年份 in 〔〕 + 发文顺序号 with no leading
 * zeros and no 第, e.g. 某纪发〔2024〕5号. Secretaries often type [], 【】 or （） for the
 * year brackets; parsing accepts those so a hand-typed number still matches the register.
 */
import { z } from '../validation/zod.ts';

export interface DocumentNumberParts {
  /** 机关代字 with the 发文类别, e.g. 某纪发 or 某监建. */
  prefix: string;
  year: number;
  serial: number;
}

export const DocumentNumberPrefixSchema = z
  .string()
  .trim()
  .min(1, '机关代字不能为空')
  .max(20, '机关代字不应超过 20 个字')
  .regex(/^[^\s〔〕[\]【】（）()［］\d]+$/u, '机关代字不能含空格、括号或数字，如“某纪发”');

export const DocumentYearSchema = z.number().int().min(1949, '年份应在 1949 年之后').max(2999, '年份不正确');

export const DocumentSerialSchema = z.number().int().min(1, '发文顺序号应从 1 开始').max(99_999, '发文顺序号不应超过 99999');

export function formatDocumentNumber(parts: DocumentNumberParts): string {
  return `${parts.prefix}〔${parts.year}〕${parts.serial}号`;
}

const pattern = /^\s*([^\s〔〕[\]【】（）()［］\d]+)\s*[〔[【（(［]\s*(\d{4})\s*[〕\]】）)］]\s*第?\s*(\d{1,5})\s*号\s*$/u;

/** The parts of a typed 文号, or null when it is not of the form 代字〔年份〕序号号. */
export function parseDocumentNumber(text: string): DocumentNumberParts | null {
  // NFKC turns full-width digits and brackets typed with a Chinese IME into their ASCII forms.
  const match = pattern.exec(text.normalize('NFKC'));
  if (!match) return null;
  const [, prefix = '', year = '', serial = ''] = match;
  const parts = { prefix, year: Number(year), serial: Number(serial) };
  if (!DocumentYearSchema.safeParse(parts.year).success || !DocumentSerialSchema.safeParse(parts.serial).success) return null;
  return parts;
}
