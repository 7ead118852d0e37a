/** One document of the render corpus: the model, the writer options, and what its PDF must show. */
import type { WriteDocxOptions } from '../../../core/docx/write-docx.ts';
import type { FontProfile } from '../../../core/layout/font-profiles.ts';
import type { Block, GongwenDocument } from '../../../core/model/document.ts';
import { text } from '../../../core/model/inline.ts';

export type FontRole = Exclude<keyof FontProfile, 'label'>;

export interface CorpusEntry {
  /** ASCII file stem, unique in the corpus. */
  name: string;
  /** What the document covers, for the report. */
  description: string;
  document: GongwenDocument;
  options?: WriteDocxOptions;
  /** Roles whose stand-in fonts must be embedded in the PDF. */
  fonts: FontRole[];
}

export const paragraph = (value: string): Block => ({ type: 'paragraph', content: text(value) });

export const heading = (level: 1 | 2 | 3 | 4, value: string, runIn: string | null = null): Block => ({ type: 'heading', level, content: text(value), runIn: runIn === null ? null : text(runIn) });
