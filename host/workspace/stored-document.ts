/**
 * Every document that goes into or comes out of the workspace passes GongwenDocumentSchema:
 * a bad document from the editor is refused before it is stored, and a row damaged on disk
 * is reported by name instead of reaching the editor half-valid.
 */
import { AppError } from '../../core/api/errors.ts';
import { GongwenDocumentSchema, type GongwenDocument } from '../../core/model/document.ts';
import { describeIssues } from '../../core/validation/zod.ts';

export function documentToStore(document: unknown, subject: string): { document: GongwenDocument; json: string } {
  const result = GongwenDocumentSchema.safeParse(document);
  if (!result.success) throw new AppError('BAD_DOCUMENT', `${subject}的内容不符合公文格式，未保存：\n${describeIssues(result.error)}`);
  return { document: result.data, json: JSON.stringify(result.data) };
}

export function documentFromStore(json: string, subject: string): GongwenDocument {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new AppError('BAD_DOCUMENT', `${subject}在工作区中的内容已损坏（不是有效的 JSON），无法读取。`, { cause: error });
  }
  const result = GongwenDocumentSchema.safeParse(value);
  if (!result.success) throw new AppError('BAD_DOCUMENT', `${subject}在工作区中的内容不符合公文格式，无法读取：\n${describeIssues(result.error)}`);
  return result.data;
}

export const draftTitle = (document: GongwenDocument): string => document.title.replace(/\s+/g, '') || '（无标题）';
