/** Messages between the editor screen and the page-layout worker. */
import type { FontProfileId } from '../../../../core/layout/font-profiles.ts';
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import type { TypesetDocument } from '../../../../core/typeset/typeset.ts';

export interface LayoutRequest {
  id: number;
  document: GongwenDocument;
  fontProfile: FontProfileId;
}

/** What the preview draws: the pages and the font names their runs use. */
export interface PageLayout {
  pages: LaidPage[];
  fonts: TypesetDocument['fonts'];
}

export type LayoutResponse = { id: number; layout: PageLayout } | { id: number; error: string };
