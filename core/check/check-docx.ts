/**
 * The GB/T 9704 conformance checker: reads any .docx and runs every rule of the rule table.
 * Pure, so the editor can check a draft live and the CLI can check files.
 */
import type { DocxModel } from '../docx-read/docx-model.ts';
import { readDocx } from '../docx-read/read-docx.ts';
import { checkAddressee } from './addressee-rules.ts';
import { checkAttachments } from './attachment-rules.ts';
import { CheckContext } from './check-context.ts';
import type { Finding } from './finding.ts';
import { checkFirstPageBody } from './first-page-rules.ts';
import { checkFonts } from './font-rules.ts';
import { checkFormatting } from './format-rules.ts';
import { checkGaps } from './gap-rules.ts';
import { checkHeader } from './header-rules.ts';
import { checkHeadings } from './heading-rules.ts';
import { checkLimitations } from './limitation-rules.ts';
import { checkPageNumbers } from './page-number-rules.ts';
import { checkPageSetup } from './page-setup-rules.ts';
import { checkPunctuation } from './punctuation-rules.ts';
import { checkRecord } from './record-rules.ts';
import { detectRoles } from './roles.ts';
import { checkSignature } from './signature-rules.ts';
import { checkTitle } from './title-rules.ts';

const ruleGroups = [checkPageSetup, checkPageNumbers, checkFonts, checkFormatting, checkHeader, checkTitle, checkAddressee, checkFirstPageBody, checkHeadings, checkAttachments, checkSignature, checkRecord, checkPunctuation, checkGaps, checkLimitations];

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

export interface CheckOptions {
  /** The draft's names confirmed as anonymised on purpose: not reported as gaps. */
  confirmedNames?: readonly string[];
}

export function checkModel(model: DocxModel, options: CheckOptions = {}): Finding[] {
  const ctx = new CheckContext(model, detectRoles(model), options.confirmedNames);
  for (const group of ruleGroups) group(ctx);
  return ctx.findings.sort((a, b) => (a.location.paragraph ?? 0) - (b.location.paragraph ?? 0) || severityOrder[a.severity] - severityOrder[b.severity]);
}

/** Throws DocxReadError (with a Chinese message) when the bytes are not a readable .docx. */
export function checkDocx(bytes: Uint8Array, options: CheckOptions = {}): Finding[] {
  return checkModel(readDocx(bytes), options);
}
