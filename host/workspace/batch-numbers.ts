/**
 * 文号 for a whole batch: taken together in one write transaction, so a batch of 30 notices
 * gets 30 consecutive numbers even while another program finalises a draft. A cancelled batch
 * gives its numbers back when nothing was numbered after them (the sequence simply continues
 * from where it was); otherwise they are voided with the reason, never reused, never lost.
 */
import { AppError } from '../../core/api/errors.ts';
import type { DocumentNumberParts } from '../../core/workspace/document-number.ts';
import { nextNumber, register, voidDocumentNumber, type DocumentNumberEntry } from './document-numbers.ts';
import type { Workspace } from './open-workspace.ts';
import { inWriteTransaction } from './write-transaction.ts';

export interface BatchNumbers {
  prefix: string;
  year: number;
  /** One title per notice, in order: what the register shows against each number. */
  titles: readonly string[];
  by: string;
}

export function allocateBatchNumbers(ws: Workspace, batch: BatchNumbers): DocumentNumberEntry[] {
  if (batch.titles.length === 0) return [];
  return inWriteTransaction(ws, () => {
    const first = nextNumber(ws, batch.prefix, batch.year);
    return batch.titles.map((title, i) => {
      const parts: DocumentNumberParts = { prefix: batch.prefix, year: batch.year, serial: first.serial + i };
      return register(ws, parts, { draftId: null, title, by: batch.by, manualReason: null });
    });
  });
}

/** Gives back (or voids) the numbers of a batch that was cancelled or failed before it issued anything. */
export function releaseBatchNumbers(ws: Workspace, entries: readonly DocumentNumberEntry[], by: string, reason: string): 'released' | 'voided' {
  if (entries.length === 0) return 'released';
  const { prefix, year } = entries[0]!;
  const serials = entries.map((entry) => entry.serial);
  const highest = Math.max(...serials);
  return inWriteTransaction(ws, () => {
    const later = ws.db.prepare('SELECT COUNT(*) AS n FROM document_numbers WHERE prefix = ? AND year = ? AND serial > ?').get(prefix, year, highest) as { n: number };
    if (later.n === 0) {
      const remove = ws.db.prepare('DELETE FROM document_numbers WHERE prefix = ? AND year = ? AND serial = ? AND draft_id IS NULL');
      for (const serial of serials) remove.run(prefix, year, serial);
      return 'released';
    }
    for (const entry of entries) {
      try {
        voidDocumentNumber(ws, { number: entry.number, by, reason });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
      }
    }
    return 'voided';
  });
}
