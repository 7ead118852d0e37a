/**
 * Applies safe fixes to a document model. Only text runs change: a field's value came from a
 * ledger or was typed into the field, and keeps its provenance, so an edit that would touch a
 * field (or a line break) is skipped. Every fix runs to its fixed point, so applying it again
 * changes nothing.
 */
import type { GongwenDocument } from '../../model/document.ts';
import { inlineItemText, type Inline } from '../../model/inline.ts';
import { textTargets, type TextTarget } from './document-text.ts';
import { fixes, fixIds, type FixId } from './fix-registry.ts';
import { applyEdits, type TextEdit, type TextFixer } from './text-edit.ts';

export interface FixResult {
  document: GongwenDocument;
  /** Places changed; 0 means `document` is the one passed in. */
  count: number;
}

/** Enough passes for any chain of edits that depend on each other (a bracket pair next to a converted one). */
const maxPasses = 8;

function fixString(text: string, fixer: TextFixer): { text: string; count: number } {
  let count = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = fixer(text);
    if (edits.length === 0) break;
    text = applyEdits(text, edits);
    count += edits.length;
  }
  return { text, count };
}

/** Edits that fall inside one text inline, regrouped per inline with offsets local to it. */
function editsPerTextInline(inlines: readonly Inline[], edits: readonly TextEdit[]): Map<number, TextEdit[]> {
  const starts: number[] = [];
  let offset = 0;
  for (const inline of inlines) {
    starts.push(offset);
    offset += inlineItemText(inline).length;
  }
  const grouped = new Map<number, TextEdit[]>();
  for (const edit of edits) {
    const index = inlines.findIndex((inline, i) => inline.type === 'text' && edit.start >= starts[i]! && edit.end <= starts[i]! + inline.text.length);
    if (index === -1) continue;
    const local = { ...edit, start: edit.start - starts[index]!, end: edit.end - starts[index]! };
    grouped.set(index, [...(grouped.get(index) ?? []), local]);
  }
  return grouped;
}

function fixInlines(inlines: readonly Inline[], fixer: TextFixer): { inlines: Inline[]; count: number } {
  let current = [...inlines];
  let count = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const grouped = editsPerTextInline(current, fixer(current.map(inlineItemText).join('')));
    if (grouped.size === 0) break;
    current = current.map((inline, i) => {
      const edits = grouped.get(i);
      if (!edits || inline.type !== 'text') return inline;
      count += edits.length;
      return { ...inline, text: applyEdits(inline.text, edits) };
    });
  }
  return { inlines: current, count };
}

function fixTarget(target: TextTarget, fixer: TextFixer, write: boolean): number {
  if (target.kind === 'string') {
    const { text, count } = fixString(target.text, fixer);
    if (write && count > 0) target.write(text);
    return count;
  }
  const { inlines, count } = fixInlines(target.inlines, fixer);
  if (write && count > 0) target.write(inlines);
  return count;
}

/** Targets at `source` (a finding's model path), or everything when it is null. */
function selected(targets: TextTarget[], source: string | null): TextTarget[] {
  if (source === null) return targets;
  const exact = targets.filter((t) => t.path === source);
  return exact.length > 0 ? exact : targets.filter((t) => t.path.startsWith(`${source}.`));
}

function pass(document: GongwenDocument, ids: readonly FixId[], source: string | null, write: boolean): number {
  let count = 0;
  for (const id of ids) {
    const fix = fixes[id];
    // Targets are listed again for each fix because the previous one may have replaced their arrays.
    const places: readonly string[] = fix.places;
    for (const target of selected(textTargets(document), source)) if (places.includes(target.place)) count += fixTarget(target, fix.edits, write);
  }
  return count;
}

function run(document: GongwenDocument, ids: readonly FixId[], source: string | null, write: boolean): FixResult {
  if (!write) return { document, count: pass(document, ids, source, false) };
  const working = structuredClone(document);
  let count = 0;
  // One fix can make room for another (:-- → :—— → ：——), so the set runs until it changes nothing.
  for (let round = 0; round < maxPasses; round++) {
    const changed = pass(working, ids, source, true);
    if (changed === 0) break;
    count += changed;
  }
  return { document: count > 0 ? working : document, count };
}

/** How many places the fix would change, without copying the document. */
export const countFix = (document: GongwenDocument, id: FixId, source: string | null): number => run(document, [id], source, false).count;

export const applyFix = (document: GongwenDocument, id: FixId, source: string | null): FixResult => run(document, [id], source, true);

/** Counted on a copy with every fix applied in turn, so the number is what 全部安全修正 will report. */
export const countAllFixes = (document: GongwenDocument): number => run(document, fixIds, null, true).count;

/** 全部安全修正: every safe fix over the whole document. */
export const applyAllFixes = (document: GongwenDocument): FixResult => run(document, fixIds, null, true);
