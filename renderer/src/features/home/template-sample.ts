/**
 * The first printed page of a template's sample document, for its gallery card. Made once
 * per template and session (the sample does not change while the app runs), through the same
 * newFromTemplate call and layout the editor uses, so the card shows exactly what opens.
 */
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import { prepareDocument } from '../../../../core/typeset/prepare.ts';
import type { TypesetDocument } from '../../../../core/typeset/typeset.ts';
import { callApi } from '../../api/call-api.ts';
import { todayIso } from '../../today.ts';

export interface SamplePage {
  page: LaidPage;
  fonts: TypesetDocument['fonts'];
}

const made = new Map<string, Promise<SamplePage | null>>();

export function sampleFirstPage(templateId: string): Promise<SamplePage | null> {
  let page = made.get(templateId);
  if (!page) {
    page = callApi('newFromTemplate', { id: templateId, today: todayIso() }).then(({ document }) => {
      const { layout, typeset } = prepareDocument(document);
      const first = layout.pages[0];
      return first ? { page: first, fonts: typeset.fonts } : null;
    });
    // A failed call is not remembered: the card tries again the next time it is shown.
    page.catch(() => made.delete(templateId));
    made.set(templateId, page);
  }
  return page;
}
