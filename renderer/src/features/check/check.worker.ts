/**
 * Checks the draft off the UI thread, exactly as `gongwen check` checks a file: write the
 * .docx, read it back, run every GB/T 9704 rule. Findings carry the model element they
 * point at so the panel can jump there.
 */
import '../../zod-jitless.ts';
import { checkDocx } from '../../../../core/check/check-docx.ts';
import { docxParagraphSources, recordPlacement, writePrepared } from '../../../../core/docx/write-docx.ts';
import { prepareDocument } from '../../../../core/typeset/prepare.ts';
import type { CheckRequest, CheckResponse } from './check-protocol.ts';

const scope = self as unknown as { postMessage(message: CheckResponse): void; addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void };

scope.addEventListener('message', (event) => {
  const { id, document } = event.data;
  void (async () => {
    try {
      const prepared = prepareDocument(document);
      const findings = checkDocx(await writePrepared(document, prepared), { confirmedNames: document.confirmedNames });
      const sources = docxParagraphSources(prepared.typeset, recordPlacement(prepared.layout));
      scope.postMessage({ id, findings: findings.map((finding) => ({ ...finding, source: finding.location.paragraph === null ? null : (sources[finding.location.paragraph - 1] ?? null) })) });
    } catch (error) {
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
