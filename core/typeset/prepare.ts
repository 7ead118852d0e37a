/**
 * The one path from a draft to its pages, shared by the .docx writer, the live preview and
 * PDF export: compose, lay out, and — when page 1 would show no 正文 — move 主送 into the
 * 版记 and lay out again (§7.3.2).
 */
import { layoutDocument } from '../layout/layout-document.ts';
import type { DocumentLayout } from '../layout/page-layout.ts';
import type { GongwenDocument } from '../model/document.ts';
import { compose, type ComposeOptions } from './compose.ts';
import type { TypesetDocument } from './typeset.ts';

export interface PreparedDocument {
  typeset: TypesetDocument;
  layout: DocumentLayout;
  addresseeMoved: boolean;
}

export function prepareDocument(document: GongwenDocument, options: Omit<ComposeOptions, 'addresseeInRecord'> = {}): PreparedDocument {
  const typeset = compose(document, options);
  const layout = layoutDocument(typeset);
  const canMove = document.addressees.some((name) => name.trim()) && (document.form === 'file' || document.form === 'minutes') && document.body.length > 0;
  if (layout.firstPageShowsBody || !canMove) return { typeset, layout, addresseeMoved: false };
  const moved = compose(document, { ...options, addresseeInRecord: true });
  return { typeset: moved, layout: layoutDocument(moved), addresseeMoved: true };
}
