/** Messages between the editor screen and the page-layout worker. */
import type { FontProfileId } from '../../../../core/layout/font-profiles.ts';
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import type { Block } from '../../../../core/model/blocks.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import type { TypesetDocument } from '../../../../core/typeset/typeset.ts';
import type { ListDelta } from './list-delta.ts';

/** The draft to lay out, with its body as a change to the body of the request before (all of it in a worker's first request). */
export interface LayoutRequest {
  id: number;
  document: Omit<GongwenDocument, 'body'>;
  body: ListDelta<Block>;
  fontProfile: FontProfileId;
}

/** What the preview draws: the pages and the font names their runs use. */
export interface PageLayout {
  pages: LaidPage[];
  fonts: TypesetDocument['fonts'];
}

/** The pages as a change to what the worker sent before (all of them in its first answer). */
export type LayoutResponse = { id: number; pages: ListDelta<LaidPage>; fonts: PageLayout['fonts'] } | { id: number; error: string };
