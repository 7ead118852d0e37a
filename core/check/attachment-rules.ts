/** §5 item 14: the 附件说明 form and alignment, and attachment pages that match it. */
import type { DocxParagraph } from '../docx-read/docx-model.ts';
import type { CheckContext } from './check-context.ts';
import { cellWidth, dominantRun, firstLineChars, lineExtent, textBlockWidthOf } from './geometry.ts';
import { textWidth } from '../layout/text-width.ts';
import { compact, fontFamilies, sizeName } from './text-patterns.ts';

interface NoteItem {
  paragraph: DocxParagraph;
  number: string | null;
  separator: string | null;
  name: string;
}

const itemPattern = /^((?:\d|[０-９])+)([.．、，,]?)\s*(.*)$/;

function parseItem(paragraph: DocxParagraph, text: string): NoteItem {
  const match = itemPattern.exec(text);
  // Without a separator the digits belong to the name (2024年工作要点).
  if (!match?.[2]) return { paragraph, number: null, separator: null, name: text };
  return { paragraph, number: match[1]!, separator: match[2], name: match[3] ?? '' };
}

export function checkAttachments(ctx: CheckContext): void {
  const note = ctx.withRole('attachmentNote')[0];
  const items: NoteItem[] = [];
  if (note) {
    const text = note.text.trim();
    const head = /^(附\s*件?\s*)([：:]?)/.exec(text)!;
    if (head[1]!.replace(/\s/g, '') !== '附件' || head[2] !== '：') {
      ctx.report('attachment-note', note, `附件说明应以“附件：”开头（全角冒号），此处为“${head[0]}”`);
    }
    const first = text.slice(head[0].length).trim();
    if (first) items.push(parseItem(note, first));
    for (const paragraph of ctx.withRole('attachmentNoteItem')) items.push(parseItem(paragraph, paragraph.text.trim()));
    checkNoteItems(ctx, note, items);
  }
  checkAttachmentPages(ctx, items);
}

function checkNoteItems(ctx: CheckContext, note: DocxParagraph, items: readonly NoteItem[]): void {
  for (const item of items) {
    if (items.length > 1 && (item.number === null || item.separator !== '.')) {
      ctx.report('attachment-note', item.paragraph, item.number === null ? `多个附件应编号“1.”“2.”：“${item.name}”没有序号` : `附件序号“${item.number}${item.separator}”应写作“${item.number}.”`);
    }
    if (/^《.*》$/.test(item.name)) ctx.report('attachment-note', item.paragraph, `附件名称“${item.name}”不加书名号`);
    if (/[。；;，,.]$/.test(item.name)) ctx.report('attachment-note', item.paragraph, `附件名称“${item.name}”末尾不加标点`);
  }
  const section = ctx.sectionOf(note);
  const width = textBlockWidthOf(section);
  const noteExtent = lineExtent(note, width);
  if (!noteExtent) return;
  const cell = cellWidth(dominantRun(note).size);
  for (const item of items) {
    const extent = item.paragraph === note ? noteExtent : lineExtent(item.paragraph, width);
    if (!extent || extent.right <= width - item.paragraph.props.indent.right) continue;
    // The name wraps: its second line must start under the name's first character.
    const prefix = item.paragraph.text.trim().length - item.name.length;
    const nameStart = extent.left + textWidth(item.paragraph.text.trim().slice(0, prefix), cell);
    const wrapStart = item.paragraph.props.indent.leftChars ? (item.paragraph.props.indent.leftChars / 100) * cell : item.paragraph.props.indent.left;
    if (Math.abs(wrapStart - nameStart) > cell / 2) {
      ctx.report('attachment-note', item.paragraph, `附件名称“${item.name}”回行未与名称首字对齐（相差 ${((wrapStart - nameStart) / cell).toFixed(1)} 字），应使用悬挂缩进`);
    }
  }
  if (items.length < 2) return;
  const expected = noteExtent.left + 3 * cell;
  for (const item of items.slice(1)) {
    const extent = lineExtent(item.paragraph, width);
    if (extent && Math.abs(extent.left - expected) > cell / 2) {
      ctx.report('attachment-note', item.paragraph, `附件说明第 ${item.number ?? '?'} 项与第 1 项未对齐（相差 ${((extent.left - expected) / cell).toFixed(1)} 字）`);
    }
  }
}

function checkAttachmentPages(ctx: CheckContext, items: readonly NoteItem[]): void {
  const labels = ctx.withRole('attachmentLabel');
  if (labels.length === 0) return;
  if (items.length !== labels.length) {
    ctx.report('attachment-match', labels[0]!, `附件说明列了 ${items.length} 件，正文后有 ${labels.length} 个附件`);
  }
  labels.forEach((label, index) => {
    const expectedLabel = labels.length > 1 ? `附件${index + 1}` : '附件';
    const text = compact(label.text);
    if (labels.length > 1 && text !== expectedLabel) ctx.report('attachment-match', label, `附件标识“${text}”应为“${expectedLabel}”`);
    if (!label.startsPage) ctx.report('attachment-page', label, `“${text}”没有另起一页`);
    const run = label.runs.find((r) => r.text.trim());
    if (run && (run.props.size !== 32 || !run.props.fonts.eastAsia || !fontFamilies.heiti.test(run.props.fonts.eastAsia))) {
      ctx.report('attachment-label', label, `附件标识用了“${run.props.fonts.eastAsia ?? '未指定字体'}”${sizeName(run.props.size)}，应为 3号黑体`);
    }
    if (Math.abs(firstLineChars(label)) > 0.15 || label.props.indent.left !== 0 || label.props.align === 'center' || label.props.align === 'right' || /^[\s\u3000]/.test(label.text)) {
      ctx.report('attachment-label', label, '附件标识应顶格（无缩进、左对齐）');
    }
    const title = ctx.model.paragraphs.slice(label.number).find((p) => ctx.role(p) !== 'blank');
    if (!title || ctx.role(title) !== 'attachmentTitle') {
      ctx.report('attachment-label', label, '附件标识后未找到居中的附件标题');
      return;
    }
    const gap = ctx.blankLinesBefore(title).count;
    if (gap !== 1) ctx.report('attachment-label', title, `附件标题应在版心第三行（与附件标识之间空一行），此处空 ${gap} 行`);
    const item = items[index];
    if (item && compact(item.name).replace(/^《|》$/g, '') !== compact(title.text)) {
      ctx.report('attachment-match', title, `附件标题“${compact(title.text)}”与附件说明中的“${item.name}”不一致`);
    }
  });
}
