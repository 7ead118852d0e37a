/**
 * Finds where a ledger's header is and flattens it into one name per column. Ledgers often open
 * with a title row (`2024年案件台账`) and have two-row headers: a group over sub-columns, as merged
 * cells in a workbook or as a row with gaps in a .csv saved from one. Names become `组/子列`.
 */
import { readCell } from './cell-value.ts';
import { isBlank, type GridCell, type MergedRange } from './grid.ts';

export interface HeaderLayout {
  /** Title and blank rows above the header. */
  skippedRows: number;
  headerRows: number;
  names: string[];
}

const maxHeaderRows = 4;

const filledTexts = (row: GridCell[] | undefined) => (row ?? []).filter((cell) => !isBlank(cell)).map((cell) => String(cell).trim());
const distinctCount = (row: GridCell[] | undefined) => new Set(filledTexts(row)).size;
/** `填报单位：县纪委　　填报日期：2024年3月5日` — labels with their values, not column names. */
const isFormNote = (row: GridCell[]) => filledTexts(row).every((text) => /[：:]/.test(text));

/**
 * Rows above the header: blank rows, a title (one value, however it is merged across the width)
 * and form notes such as 填报单位：…. `rows` have merged ranges filled in.
 */
export function countTitleRows(rows: GridCell[][], width: number): number {
  let skipped = 0;
  while (skipped < rows.length - 1) {
    const row = rows[skipped]!;
    const distinct = distinctCount(row);
    if (distinct === 0 || (width >= 3 && (distinct === 1 || isFormNote(row)) && distinctCount(rows[skipped + 1]) > 1)) skipped++;
    else break;
  }
  return skipped;
}

const isValueLike = (cell: GridCell) => {
  const kind = readCell(cell).kind;
  return kind === 'number' || kind === 'date';
};

function looksLikeData(row: GridCell[]): boolean {
  const filled = row.filter((cell) => !isBlank(cell));
  return filled.length > 0 && filled.filter(isValueLike).length * 2 >= filled.length;
}

/** In a .csv a group label sits over the first of its sub-columns and leaves the others blank. */
function isSubHeader(above: GridCell[], row: GridCell[] | undefined, width: number): boolean {
  if (!row || row.some((cell) => !isBlank(cell) && isValueLike(cell))) return false;
  let fillsGap = false;
  let leavesGap = false;
  let labelSeen = false;
  for (let c = 0; c < width; c++) {
    const top = !isBlank(above[c]);
    const below = !isBlank(row[c]);
    if (top) labelSeen = true;
    if (!top && below && labelSeen) fillsGap = true;
    if (top && !below) leavesGap = true;
  }
  return fillsGap && leavesGap;
}

/**
 * A cell merged across columns is a group when the row below names its sub-columns; a wide cell
 * over a text row (merged the same way, so one value repeated) is not.
 */
function groupsAbove(merges: MergedRange[], row: number, next: GridCell[]): boolean {
  return merges.some(({ s, e }) => s.r === row && e.r === row && e.c > s.c && distinctCount(next.slice(s.c, e.c + 1)) >= 2);
}

function headerEnd(rows: GridCell[][], merges: MergedRange[], start: number, width: number): number {
  let end = start + 1;
  for (let changed = true; changed && end - start < maxHeaderRows; ) {
    changed = false;
    for (const { s, e } of merges) {
      if (s.r >= start && s.r < end && e.r + 1 > end) {
        end = Math.min(e.r + 1, start + maxHeaderRows);
        changed = true;
      }
    }
    const next = rows[end];
    if (next && !looksLikeData(next) && (groupsAbove(merges, end - 1, next) || isSubHeader(rows[end - 1] ?? [], next, width)) && end + 1 < rows.length) {
      end++;
      changed = true;
    }
  }
  return end;
}

const headerText = (cell: GridCell | undefined) => (isBlank(cell) ? '' : String(cell).replace(/\s*[\r\n]+\s*/g, '').trim());

function flatten(block: GridCell[][], width: number): string[] {
  const texts = block.map((row) => Array.from({ length: width }, (_, c) => headerText(row[c])));
  // Carry a group label right over the blanks its sub-columns leave (the .csv form of a merge).
  for (let r = 0; r < texts.length - 1; r++) {
    const row = texts[r]!;
    for (let c = 1; c < width; c++) if (row[c] === '' && row[c - 1] !== '' && texts.slice(r + 1).some((below) => below[c] !== '')) row[c] = row[c - 1]!;
  }
  const used = new Map<string, number>();
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const row of texts) if (row[c] && parts.at(-1) !== row[c]) parts.push(row[c]!);
    const base = parts.join('/') || `第${c + 1}列`;
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return seen === 1 ? base : `${base}（${seen}）`;
  });
}

/** `rows` must already have merged ranges filled in; `merges` are in the same coordinates. */
export function detectHeader(rows: GridCell[][], merges: MergedRange[], width: number, skippedRows: number): HeaderLayout {
  const first = rows[skippedRows];
  if (!first || looksLikeData(first)) return { skippedRows, headerRows: 0, names: flatten([], width) };
  const end = headerEnd(rows, merges, skippedRows, width);
  return { skippedRows, headerRows: end - skippedRows, names: flatten(rows.slice(skippedRows, end), width) };
}
