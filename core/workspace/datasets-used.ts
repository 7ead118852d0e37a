/** The datasets a document's fields were filled from, so a .gwdoc can carry them along. */
import type { Block, GongwenDocument } from '../model/document.ts';
import type { Inline } from '../model/inline.ts';

export function datasetsUsedBy(document: GongwenDocument): string[] {
  const found = new Set<string>();
  const visit = (inlines: readonly Inline[] | null) => {
    for (const inline of inlines ?? []) if (inline.type === 'field' && inline.source) found.add(inline.source.dataset);
  };
  const visitBlock = (block: Block) => {
    switch (block.type) {
      case 'paragraph':
        return visit(block.content);
      case 'heading':
        visit(block.content);
        return visit(block.runIn);
      case 'enumeration':
        visit(block.lead);
        return block.items.forEach(visit);
      case 'table':
        return block.rows.forEach((row) => row.cells.forEach((cell) => visit(cell.content)));
      case 'pageBreak':
        return;
    }
  };
  document.body.forEach(visitBlock);
  document.attachments.forEach((attachment) => attachment.blocks.forEach(visitBlock));
  return [...found].sort();
}
