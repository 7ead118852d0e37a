/**
 * Pieces → pages: each piece takes its height from the top of the 版心 down; a piece that no
 * longer fits starts a new page. Keep-with-next paragraphs (headings, title lines) at the foot
 * of a page follow the next item over; `pageBreakBefore` starts a page; table header rows repeat.
 * No widow or orphan control: the docx turns it off.
 */
import type { TypesetItem } from '../typeset/typeset.ts';
import { gbt9704 } from './gbt9704.ts';
import { paragraphPieces, tablePieces, type Piece } from './item-blocks.ts';

/** Height of the 版心 in twips. */
export const textBlockHeight = gbt9704.page.height - gbt9704.margin.top - gbt9704.margin.bottom;

export interface PlacedPiece {
  piece: Piece;
  /** Top of the piece from the top of the 版心. */
  y: number;
}

export interface FlowPage {
  placed: PlacedPiece[];
  /** Twips used from the 版心 top, including a top offset (信函 first page). */
  used: number;
}

export function piecesOf(item: TypesetItem, index: number): Piece[] {
  return item.kind === 'paragraph' ? paragraphPieces(item, index) : tablePieces(item, index);
}

/**
 * Lays `flow[from, to)` out on pages. `firstPageTop` reserves room at the top of page 1
 * (a 信函 header taller than the top margin pushes the text down).
 */
export function paginate(flow: readonly TypesetItem[], from: number, to: number, firstPageTop = 0): FlowPage[] {
  const pages: FlowPage[] = [{ placed: [], used: firstPageTop }];
  let page = pages[0]!;
  const newPage = (): FlowPage => {
    page = { placed: [], used: 0 };
    pages.push(page);
    return page;
  };
  const put = (piece: Piece) => {
    page.placed.push({ piece, y: page.used });
    page.used += piece.height;
  };
  for (let index = from; index < to; index++) {
    const item = flow[index]!;
    if (item.kind === 'paragraph' && item.pageBreakBefore && page.placed.length > 0) newPage();
    const pieces = piecesOf(item, index);
    const headers = pieces.filter((piece) => piece.header);
    for (const piece of pieces) {
      if (page.used + piece.height <= textBlockHeight || page.placed.length === 0) {
        put(piece);
        continue;
      }
      const previous = page;
      const carried = piece.first ? keptWithNext(flow, previous) : firstBodyRow(flow, piece, headers, previous);
      newPage();
      for (const moved of carried) put(moved);
      if (!piece.first && !piece.header && carried.length === 0) for (const header of headers) put(header);
      put(piece);
    }
  }
  return pages;
}

/**
 * A table's header rows never stand alone at the foot of a page (measured in LibreOffice):
 * when the first body row does not fit, they move over with it, and so does a keep-with-next
 * heading above the table.
 */
function firstBodyRow(flow: readonly TypesetItem[], piece: Piece, headers: readonly Piece[], page: FlowPage): Piece[] {
  if (piece.header || headers.length === 0) return [];
  const placed = page.placed;
  const last = placed[placed.length - 1];
  if (!last || last.piece !== headers[headers.length - 1]) return [];
  const tableStart = placed.length - headers.length;
  if (tableStart <= 0 || placed[tableStart]!.piece !== headers[0]) return [];
  const moved = placed.splice(tableStart);
  page.used = moved[0]!.y;
  return [...keptWithNext(flow, page), ...moved.map((entry) => entry.piece)];
}

/**
 * Removes and returns the keep-with-next paragraphs at the foot of `page` that must follow the
 * next item to the new page, unless they fill the page from its top (then they stay).
 */
function keptWithNext(flow: readonly TypesetItem[], page: FlowPage): Piece[] {
  let cut = page.placed.length;
  while (cut > 0) {
    const item = flow[page.placed[cut - 1]!.piece.item]!;
    if (item.kind !== 'paragraph' || !item.keepNext) break;
    cut--;
  }
  if (cut === 0 || cut === page.placed.length) return [];
  const moved = page.placed.splice(cut);
  page.used = moved[0]!.y;
  return moved.map((placed) => placed.piece);
}
