/**
 * The 检查 panel's actions on gaps. 转为待填项 turns markers typed or pasted as plain text into
 * unfilled fields (so they become chips, F4 finds them and export warns about them);
 * 确认为有意隐去 records the anonymised names of a part in the document and turns their chips back
 * into text. Both work on a copy and leave fields with a value alone.
 */
import { textTargets, type TextTarget } from '../check/fixes/document-text.ts';
import type { GongwenDocument } from '../model/document.ts';
import { inlineItemText, type Inline } from '../model/inline.ts';
import { gapName, openGaps } from './confirmed-names.ts';
import { inlinesWithGaps } from './gap-inlines.ts';

export interface GapActionResult {
  document: GongwenDocument;
  /** Gaps turned into fields, or names confirmed; 0 means `document` is the one passed in. */
  count: number;
}

type InlineTarget = Extract<TextTarget, { kind: 'inlines' }>;

/** Inline targets at `source` (a finding's model path): the part itself, or the parts inside it. */
function inlineTargetsAt(document: GongwenDocument, source: string): InlineTarget[] {
  const targets = textTargets(document).filter((target): target is InlineTarget => target.kind === 'inlines');
  const exact = targets.filter((target) => target.path === source);
  return exact.length > 0 ? exact : targets.filter((target) => target.path.startsWith(`${source}.`));
}

const fieldCount = (inlines: readonly Inline[]): number => inlines.filter((inline) => inline.type === 'field').length;

function convert(document: GongwenDocument, source: string, write: boolean): number {
  const confirmed = document.confirmedNames ?? [];
  let count = 0;
  for (const target of inlineTargetsAt(document, source)) {
    const next = target.inlines.flatMap((inline) => (inline.type === 'text' ? inlinesWithGaps(inline.text, confirmed).map((item) => (item.type === 'text' && inline.bold ? { ...item, bold: true } : item)) : [inline]));
    const added = fieldCount(next) - fieldCount(target.inlines);
    if (added === 0) continue;
    if (write) target.write(next);
    count += added;
  }
  return count;
}

/** How many gaps 转为待填项 would turn into fields at `source`, without copying the document (the panel asks on every change). */
export const countGapsToFields = (document: GongwenDocument, source: string): number => convert(document, source, false);

/** 转为待填项: every gap marker in the text runs at `source` becomes an unfilled field. */
export function gapsToFields(document: GongwenDocument, source: string): GapActionResult {
  const working = structuredClone(document);
  const count = convert(working, source, true);
  return { document: count > 0 ? working : document, count };
}

/** Text runs side by side with the same weight become one, as if the writer had typed them together. */
function mergeText(inlines: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged.at(-1);
    if (inline.type === 'text' && last?.type === 'text' && Boolean(last.bold) === Boolean(inline.bold)) merged[merged.length - 1] = { ...last, text: last.text + inline.text };
    else if (inline.type !== 'text' || inline.text !== '') merged.push(inline);
  }
  return merged;
}

/** Unfilled name gaps whose name is confirmed become the text they print; null when there are none. */
export function confirmedToText(inlines: readonly Inline[], confirmed: readonly string[]): Inline[] | null {
  const text = inlines.map(inlineItemText).join('');
  let at = 0;
  let changed = false;
  const next = inlines.map((inline): Inline => {
    const start = at;
    at += inlineItemText(inline).length;
    if (inline.type !== 'field' || inline.value !== null || inline.gap?.kind !== 'name') return inline;
    if (!confirmed.includes(gapName(text, { start, marker: inline.gap.marker }))) return inline;
    changed = true;
    return { type: 'text', text: inline.gap.marker };
  });
  return changed ? mergeText(next) : null;
}

/** 确认为有意隐去: the names left anonymous at `source` are recorded and stop being gaps anywhere in the document. */
export function confirmNames(document: GongwenDocument, source: string): GapActionResult {
  const confirmed = [...(document.confirmedNames ?? [])];
  for (const target of inlineTargetsAt(document, source)) {
    const text = target.inlines.map(inlineItemText).join('');
    for (const gap of openGaps(text, confirmed)) {
      const name = gapName(text, gap);
      if (gap.kind === 'name' && !confirmed.includes(name)) confirmed.push(name);
    }
  }
  const count = confirmed.length - (document.confirmedNames?.length ?? 0);
  if (count === 0) return { document, count };
  const working = { ...structuredClone(document), confirmedNames: confirmed };
  for (const target of textTargets(working)) {
    if (target.kind !== 'inlines') continue;
    const next = confirmedToText(target.inlines, confirmed);
    if (next) target.write(next);
  }
  return { document: working, count };
}
