/**
 * Hangs each section's guidance on the first block the section printed, where the editor shows it.
 * A section that printed nothing (a repeat over an empty ledger) passes its guidance on to the next
 * block, and the last ones to the last block, so the writer still reads what belongs there.
 */
import type { Block, Guidance } from '../model/blocks.ts';

export interface PrintedSection {
  label: string;
  guidance: string;
  blocks: Block[];
}

export function withSectionGuidance(sections: readonly PrintedSection[]): Block[] {
  const body: Block[] = [];
  let waiting: Guidance[number][] = [];
  const attach = (block: Block): Block => ({ ...block, guidance: [...(block.guidance ?? []), ...waiting] });
  for (const section of sections) {
    const text = section.guidance.trim();
    if (text) waiting.push({ section: section.label, text });
    const [first, ...rest] = section.blocks;
    if (!first) continue;
    body.push(waiting.length > 0 ? attach(first) : first, ...rest);
    waiting = [];
  }
  if (waiting.length > 0 && body.length > 0) body.push(attach(body.pop()!));
  return body;
}
