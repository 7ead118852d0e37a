/** Which parts of the draft a change touched, so typing in one field merges only with more typing in that field. */
import type { GongwenDocument } from '../../../../core/model/document.ts';

export function changedParts(before: GongwenDocument, after: GongwenDocument): string {
  return (Object.keys(after) as (keyof GongwenDocument)[]).filter((key) => before[key] !== after[key]).join(',');
}
