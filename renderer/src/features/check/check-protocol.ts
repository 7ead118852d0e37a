/** Messages between the editor and the checker worker. */
import type { Finding } from '../../../../core/check/finding.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';

export interface CheckRequest {
  id: number;
  document: GongwenDocument;
}

/** A finding with the model element it points at (from the paragraph number), when there is one. */
export type LocatedFinding = Finding & { source: string | null };

export type CheckResponse = { id: number; findings: LocatedFinding[] } | { id: number; error: string };
