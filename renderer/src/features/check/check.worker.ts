/**
 * Checks the draft off the UI thread, exactly as `gongwen check` checks a file: write the
 * .docx, read it back, run every GB/T 9704 rule. Findings carry the model element they
 * point at so the panel can jump there.
 */
import { checkDocx } from '../../../../core/check/check-docx.ts';
import { docxParagraphSources, writeDocx } from '../../../../core/docx/write-docx.ts';
import { compose } from '../../../../core/typeset/compose.ts';
import type { CheckRequest, CheckResponse } from './check-protocol.ts';

const scope = self as unknown as { postMessage(message: CheckResponse): void; addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void };

scope.addEventListener('message', (event) => {
  const { id, document } = event.data;
  void (async () => {
    try {
      const findings = checkDocx(await writeDocx(document));
      const sources = docxParagraphSources(compose(document));
      scope.postMessage({ id, findings: findings.map((finding) => ({ ...finding, source: finding.location.paragraph === null ? null : (sources[finding.location.paragraph - 1] ?? null) })) });
    } catch (error) {
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
