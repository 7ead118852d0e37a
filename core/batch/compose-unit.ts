/**
 * Everything one unit of a batch needs that does not touch the workspace or the disk: its
 * notice and 送达回证 merged, laid out and packed, the parts the print file joins, and what the
 * variance report and the register say about it. Runs in a batch worker thread.
 */
import { printPiece, type PrintPiece } from '../docx/combine-packages.ts';
import { packageXml, zipPackageXml } from '../docx/docx-package.ts';
import { preparedParts } from '../docx/write-docx.ts';
import { fflateDeflater, type Deflater } from '../docx/zip-writer.ts';
import type { FontProfileId } from '../layout/font-profiles.ts';
import type { GongwenDocument } from '../model/document.ts';
import { fieldResolver } from '../template/merge.ts';
import type { Template } from '../template/template-schema.ts';
import { prepareDocument } from '../typeset/prepare.ts';
import type { PlannedGroup } from './batch-plan.ts';
import { noticeTerm, type NoticeTerm } from './reply-term.ts';
import { receiptFor, unitDatasets, unitNotice, type BatchInput } from './unit-notice.ts';
import type { VarianceRow } from './variance-report.ts';

/** What every unit of one batch shares. */
export interface UnitSetup {
  input: BatchInput;
  receipt: Template;
  fontProfile?: FontProfileId;
}

export interface ComposedUnit {
  /** The packed files. */
  notice: Uint8Array;
  receipt: Uint8Array;
  /** The notice and the receipt made ready for the print file, where they follow the previous unit's. */
  print: [PrintPiece, PrintPiece];
  /** The variance report's row but for the file name, which the host gives. */
  row: Omit<VarianceRow, 'file'>;
  title: string;
  term: NoticeTerm | null;
}

/** `position` is the unit's place in the batch, from 0. */
export function composeUnit(setup: UnitSetup, group: PlannedGroup, documentNumber: string, position: number, deflater: Deflater = fflateDeflater): ComposedUnit {
  const { input } = setup;
  const options = { fontProfile: setup.fontProfile };
  const parts = (document: GongwenDocument) => packageXml(preparedParts(document, prepareDocument(document, options), options));
  const notice = unitNotice(input, group, documentNumber);
  const noticeXml = parts(notice.document);
  const receiptXml = parts(receiptFor(setup.receipt, notice.document, group.unit, input.today));
  const values = new Map([...input.values, [input.scope.unitField, group.unit]]);
  const term = noticeTerm(input.template, fieldResolver(input.template, { values, datasets: unitDatasets(input, group), today: input.today, laws: input.laws }, []));
  return {
    notice: zipPackageXml(noticeXml, deflater),
    receipt: zipPackageXml(receiptXml, deflater),
    print: [printPiece(noticeXml, 2 * position, deflater), printPiece(receiptXml, 2 * position + 1, deflater)],
    row: {
      unit: group.unit,
      addressee: notice.document.addressees[0] ?? group.unit,
      documentNumber,
      problems: group.rows.length,
      rows: group.rows,
      decisions: notice.decisions,
      deadline: term?.text ?? '',
      issues: notice.issues,
    },
    title: notice.document.title.replace(/\n/g, ''),
    term,
  };
}
