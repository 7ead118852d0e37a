/**
 * A draft file → a validated GongwenDocument plus the notices to show: what `gongwen import`
 * and `gongwen format` share (and what the app's 打开草稿 will call).
 */
import { importParagraphs } from '../../core/import/import-text.ts';
import { describeNotice } from '../../core/import/notices.ts';
import { GongwenDocumentSchema, type GongwenDocument } from '../../core/model/document.ts';
import { describeIssues } from '../../core/validation/zod.ts';
import { DraftReadError } from './draft-read-error.ts';
import { splitLines } from '../../core/import/source-text.ts';
import { readDraft, readDraftBytes, type Draft } from './read-draft.ts';

export interface ImportedDraft {
  document: GongwenDocument;
  /** Chinese sentences, each naming the line or paragraph concerned. */
  messages: string[];
}

export async function importDraftFile(file: string): Promise<ImportedDraft> {
  return recognise(await readDraft(file), file);
}

/** A draft handed over as bytes (a file the writer picked or dropped in the app). */
export function importDraftBytes(bytes: Uint8Array, file: string): ImportedDraft {
  return recognise(readDraftBytes(bytes, file), file);
}

/** Text the writer pasted. */
export function importDraftText(text: string): ImportedDraft {
  return recognise({ paragraphs: splitLines(text), unit: '行', warnings: [] }, '粘贴的文字');
}

function recognise(draft: Draft, file: string): ImportedDraft {
  const { document, notices } = importParagraphs(draft.paragraphs);
  const parsed = GongwenDocumentSchema.safeParse(document);
  if (!parsed.success) throw new DraftReadError(`“${file}”导入后超出了文档的限制：\n${describeIssues(parsed.error, '字段')}`);
  return { document: parsed.data, messages: [...draft.warnings, ...notices.map((notice) => describeNotice(notice, draft.unit))] };
}
