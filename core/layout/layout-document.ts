/**
 * TypesetDocument → pages: the flow paginated, the 版记 at the foot of the last even page
 * (with the blank lines and the blank page that takes), page numbers where §7.5 wants them,
 * the 信函 letterhead on page 1, and whether page 1 shows any 正文 (§7.3.2: if not, 主送 moves
 * into the 版记 and the caller composes and lays out again).
 */
import type { ParagraphRole, TypesetDocument, TypesetItem, TypesetParagraph } from '../typeset/typeset.ts';
import { breakParagraph } from './break-lines.ts';
import { gbt9704, textBlockWidth } from './gbt9704.ts';
import { paragraphPieces } from './item-blocks.ts';
import type { DocumentLayout, LaidLine, LaidPage, PageKind, RecordPadding, Rule } from './page-layout.ts';
import { paginate, piecesOf, textBlockHeight, type FlowPage } from './paginate.ts';

const { margin, page: paper, linePitch } = gbt9704;

/**
 * Twips the 版记 stays above the 版心 bottom: a rounding twip in Word or LibreOffice must not
 * push its last row onto a new page (0.35 mm, well inside the ±1 mm of §6).
 */
const spacerSafety = 20;

const bodyRoles: ReadonlySet<ParagraphRole> = new Set(['body', 'heading1', 'heading2', 'heading3', 'heading4', 'enumeration']);

function isBody(flow: readonly TypesetItem[], line: LaidLine): boolean {
  const item = flow[line.item];
  return (line.role !== 'pageNumber' && bodyRoles.has(line.role)) || (item?.kind === 'table' && item.role === 'bodyTable');
}

/** Lines and rules of a paginated page moved to paper coordinates. */
function onPaper(page: FlowPage): { lines: LaidLine[]; rules: Rule[] } {
  const lines: LaidLine[] = [];
  const rules: Rule[] = [];
  for (const { piece, y } of page.placed) {
    for (const line of piece.lines) lines.push({ ...line, x: line.x + margin.left, y: line.y + y + margin.top });
    for (const rule of piece.rules) rules.push({ ...rule, x1: rule.x1 + margin.left, x2: rule.x2 + margin.left, y1: rule.y1 + y + margin.top, y2: rule.y2 + y + margin.top });
  }
  return { lines, rules };
}

/** `— N —` in 4号 宋体, one 4号 character in from the outer edge of the 版心: right on odd pages, left on even. */
function pageNumberLine(number: number): LaidLine {
  const size = gbt9704.size.pageNumber;
  const inset = gbt9704.indent.pageNumber;
  const odd = number % 2 === 1;
  const paragraph: TypesetParagraph = {
    kind: 'paragraph',
    role: 'blank',
    runs: [{ text: `— ${number} —`, font: 'songti', size, characterSpacing: 0, color: 'black' }],
    align: odd ? 'right' : 'left',
    indent: { left: odd ? 0 : inset, right: odd ? inset : 0, firstLine: 0 },
    lineHeight: gbt9704.pageNumberLine,
    keepNext: false,
    pageBreakBefore: false,
    tabs: [],
    borderBottom: null,
    source: null,
  };
  const line = breakParagraph(paragraph, textBlockWidth)[0]!;
  return {
    text: line.text,
    role: 'pageNumber',
    source: null,
    item: -1,
    x: margin.left + line.x,
    y: paper.height - margin.footer - gbt9704.pageNumberLine,
    width: line.width,
    height: gbt9704.pageNumberLine,
    justifyTo: null,
    hanging: 0,
    runs: line.runs,
  };
}

/** The 信函 first-page header and footer on paper, and how far the header pushes the text down. */
function letterhead(typeset: TypesetDocument): { lines: LaidLine[]; rules: Rule[]; push: number } {
  const head = typeset.letterhead;
  if (!head) return { lines: [], rules: [], push: 0 };
  const lines: LaidLine[] = [];
  const rules: Rule[] = [];
  const stack = (paragraphs: readonly TypesetParagraph[], top: number) => {
    let y = top;
    for (const paragraph of paragraphs) {
      for (const piece of paragraphPieces(paragraph, -1)) {
        for (const line of piece.lines) lines.push({ ...line, x: line.x + margin.left, y: line.y + y });
        for (const rule of piece.rules) rules.push({ ...rule, x1: rule.x1 + margin.left, x2: rule.x2 + margin.left, y1: rule.y1 + y, y2: rule.y2 + y });
        y += piece.height;
      }
    }
    return y - top;
  };
  const headerHeight = stack(head.header, head.headerDistance);
  const footerHeight = head.footer.reduce((sum, paragraph) => sum + paragraphPieces(paragraph, -1).reduce((h, piece) => h + piece.height, 0), 0);
  stack(head.footer, paper.height - head.footerDistance - footerHeight);
  return { lines, rules, push: Math.max(0, head.headerDistance + headerHeight - margin.top) };
}

/**
 * Puts the 版记 on the last even page with its last rule on the 版心 bottom: on the body's last
 * page if that is even and has room, else on a page of its own (after a blank odd page when the
 * body's last, even, page is full).
 */
function placeRecord(flow: readonly TypesetItem[], recordStart: number, pages: FlowPage[], kinds: PageKind[]): RecordPadding {
  const pieces = flow.slice(recordStart).flatMap((item, offset) => piecesOf(item, recordStart + offset));
  const height = pieces.reduce((sum, piece) => sum + piece.height, 0);
  const last = pages[pages.length - 1]!;
  const even = pages.length % 2 === 0;
  let target = last;
  let newPage = false;
  let blankPageBefore = false;
  if (!even || last.used + height > textBlockHeight) {
    if (even) {
      pages.push({ placed: [], used: 0 });
      kinds.push('blank');
      blankPageBefore = true;
    }
    target = { placed: [], used: 0 };
    pages.push(target);
    kinds.push('record');
    newPage = true;
  }
  const room = Math.max(0, textBlockHeight - target.used - height);
  const blankLines = Math.floor(room / linePitch);
  const rest = room - blankLines * linePitch - spacerSafety;
  const spacer = rest > 0 ? rest : 0;
  target.used += blankLines * linePitch + spacer;
  for (const piece of pieces) {
    target.placed.push({ piece, y: target.used });
    target.used += piece.height;
  }
  return { blankLines, spacer, newPage, blankPageBefore };
}

export function layoutDocument(typeset: TypesetDocument): DocumentLayout {
  const flow = typeset.flow;
  const recordStart = typeset.recordStart ?? flow.length;
  const head = letterhead(typeset);
  const flowPages = paginate(flow, 0, recordStart, head.push);
  const kinds: PageKind[] = flowPages.map(() => 'content');
  const recordPadding = recordStart < flow.length ? placeRecord(flow, recordStart, flowPages, kinds) : null;
  const pages: LaidPage[] = flowPages.map((flowPage, index) => {
    const number = index + 1;
    const kind = kinds[index]!;
    const { lines, rules } = onPaper(flowPage);
    if (index === 0) {
      lines.unshift(...head.lines);
      rules.unshift(...head.rules);
    }
    const showNumber = kind === 'content' && (number > 1 || typeset.pageNumbers.firstPage);
    return { number, kind, showNumber, pageNumber: showNumber ? pageNumberLine(number) : null, lines, rules };
  });
  const firstPageShowsBody = pages[0]!.lines.some((line) => isBody(flow, line));
  return { pages, recordPadding, firstPageShowsBody };
}
