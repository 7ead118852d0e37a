/**
 * A draft's body cut back into the template sections it was written in. The document keeps no
 * section boundaries, only each section's guidance on the first block it printed, so a block
 * carrying guidance starts a section; entries before the last on one block are sections that
 * printed nothing. A draft without any guidance (typed from scratch, imported) is cut at its
 * level-1 headings instead, each section named by its heading.
 */
import type { Block } from '../model/blocks.ts';
import { inlineText } from '../model/inline.ts';

export interface DraftSection {
  label: string;
  guidance: string;
  /** The section's blocks without their guidance. */
  blocks: Block[];
}

const withoutGuidance = (block: Block): Block => {
  const { guidance: _dropped, ...rest } = block;
  return rest as Block;
};

/**
 * `printsNothing` tells a section that printed no blocks (known from the template the draft came
 * from): the merge hangs the guidance of trailing empty sections on the body's last block as well,
 * after the entry of the section that block starts.
 */
export function draftSections(body: readonly Block[], printsNothing: (label: string) => boolean = () => false): DraftSection[] {
  if (!body.some((block) => block.guidance)) return byHeadings(body);
  const sections: DraftSection[] = [];
  let current: DraftSection | null = null;
  body.forEach((block, index) => {
    const entries = block.guidance ?? [];
    if (entries.length === 0) {
      current ??= pushed(sections, { label: '开头', guidance: '', blocks: [] });
      current.blocks.push(block);
      return;
    }
    const last = index === body.length - 1;
    const starting = last ? startingEntry(entries, printsNothing) : entries.length - 1;
    entries.forEach((entry, at) => {
      const section = pushed(sections, { label: entry.section, guidance: entry.text, blocks: [] });
      if (at === starting) {
        section.blocks.push(withoutGuidance(block));
        current = section;
      }
    });
  });
  return sections;
}

function pushed(sections: DraftSection[], section: DraftSection): DraftSection {
  sections.push(section);
  return section;
}

/** On the body's last block: the last entry whose section printed something, else the first. */
function startingEntry(entries: NonNullable<Block['guidance']>, printsNothing: (label: string) => boolean): number {
  for (let at = entries.length - 1; at >= 0; at--) if (!printsNothing(entries[at]!.section)) return at;
  return 0;
}

function byHeadings(body: readonly Block[]): DraftSection[] {
  const sections: DraftSection[] = [];
  for (const block of body) {
    if (block.type === 'heading' && block.level === 1) {
      const label = inlineText(block.content).trim().replace(/[。：:]$/, '') || `第${sections.length + 1}部分`;
      sections.push({ label, guidance: '', blocks: [block] });
    } else {
      const current = sections.at(-1) ?? pushed(sections, { label: body.some((b) => b.type === 'heading' && b.level === 1) ? '开头' : '正文', guidance: '', blocks: [] });
      current.blocks.push(block);
    }
  }
  return sections;
}
