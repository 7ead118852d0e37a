/** The part of a prepared document the preview draws, small enough to post between threads. */
import type { FontProfileId } from '../../../../core/layout/font-profiles.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { prepareDocument } from '../../../../core/typeset/prepare.ts';
import type { PageLayout } from './layout-protocol.ts';

export function pageLayoutOf(document: GongwenDocument, fontProfile: FontProfileId): PageLayout {
  const prepared = prepareDocument(document, { fontProfile });
  return { pages: prepared.layout.pages, fonts: prepared.typeset.fonts };
}
