/**
 * Matches the columns a template reads to an imported ledger's headers: exact, then the same
 * words in another form (full-width, spaces, brackets, units, a multi-row header's last part),
 * then a synonym, then character-bigram similarity above a threshold. A header is given to one
 * column only, strongest match first; when two headers fit a column equally well, or one header
 * fits two columns equally well, the columns are reported as ambiguous instead of guessed.
 * Columns the writer mapped by hand, or confirmed earlier, are fixed before anything is matched,
 * in the order given; a fixed header that is gone or already taken leaves its column to the matcher.
 */
import { bigramSimilarity, headerParts, headerKey, type HeaderKey } from './column-mapping-text.ts';
import type { TemplateColumn } from './column-mapping-required.ts';
import { columnSynonyms } from './column-synonyms.ts';

export type MatchReason = 'exact' | 'normalized' | 'path' | 'synonym' | 'fuzzy' | 'remembered' | 'manual';

export interface ColumnMatch {
  column: string;
  required: boolean;
  /** The ledger header feeding this column; null when none was found or the choice is ambiguous. */
  header: string | null;
  /** 0–1: 1 for exact, remembered and manual matches, lower the looser the match. */
  confidence: number;
  reason: MatchReason | 'ambiguous' | 'missing';
  /** For an ambiguous column: the headers that fit it equally well. */
  candidates: string[];
  /** How the match was made, in Chinese, e.g. 同义词“整改责任单位”、单位不同（模板为万元，表头为元）. */
  detail: string;
}

/** A column fixed before matching: by the writer now (manual) or confirmed earlier (remembered). null: the ledger has no such column. */
export interface FixedColumn {
  column: string;
  header: string | null;
  reason: 'manual' | 'remembered';
}

/** Bigram similarity below this is noise: 整改时限 ~ 整改完成时限 is 0.5, 被巡察单位 ~ 被巡察党组织 0.44. */
export const fuzzyThreshold = 0.5;

const scores = { exact: 1, normalized: 0.95, path: 0.9, synonym: 0.85, pathSynonym: 0.8, fuzzyScale: 0.7, unitMismatch: 0.2 } as const;

const synonymsByKey = new Map<string, readonly string[]>();
for (const group of columnSynonyms) {
  const keys = group.map((word) => headerKey(word).key);
  for (const key of keys) synonymsByKey.set(key, keys);
}

interface Candidate {
  score: number;
  reason: MatchReason;
  detail: string;
}

function unitDetail(column: HeaderKey, header: HeaderKey): { penalty: number; detail: string } {
  if (column.unit === null || header.unit === null || column.unit === header.unit) return { penalty: 0, detail: '' };
  return { penalty: scores.unitMismatch, detail: `，单位不同（模板为${column.unit}，表头为${header.unit}）` };
}

function score(columnName: string, header: string): Candidate | null {
  if (columnName.trim() === header.trim()) return { score: scores.exact, reason: 'exact', detail: '名称相同' };
  const column = headerKey(columnName);
  const { whole, last } = headerParts(header);
  const forms: { key: HeaderKey; path: boolean }[] = [{ key: whole, path: false }, ...(last ? [{ key: last, path: true }] : [])];
  let best: Candidate | null = null;
  const consider = (candidate: Candidate) => {
    if (!best || candidate.score > best.score) best = candidate;
  };
  const group = synonymsByKey.get(column.key) ?? [column.key];
  for (const { key, path } of forms) {
    if (key.key === '') continue;
    const unit = unitDetail(column, key);
    const where = path ? `取多行表头的末级“${key.key}”` : '';
    if (key.key === column.key) {
      consider({ score: (path ? scores.path : scores.normalized) - unit.penalty, reason: path ? 'path' : 'normalized', detail: `${where || '写法不同、含义相同'}${unit.detail}` });
    } else if (group.includes(key.key)) {
      consider({ score: (path ? scores.pathSynonym : scores.synonym) - unit.penalty, reason: 'synonym', detail: `同义词“${key.key}”${where ? `，${where}` : ''}${unit.detail}` });
    } else {
      let similar = 0;
      let like = '';
      for (const word of group) {
        const similarity = bigramSimilarity(word, key.key);
        if (similarity > similar) [similar, like] = [similarity, word];
      }
      if (similar >= fuzzyThreshold) consider({ score: similar * scores.fuzzyScale - unit.penalty, reason: 'fuzzy', detail: `与“${like}”相似度 ${Math.round(similar * 100)}%${where ? `，${where}` : ''}${unit.detail}` });
    }
  }
  return best;
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export function matchColumns(columns: readonly TemplateColumn[], headers: readonly string[], fixed: readonly FixedColumn[] = []): ColumnMatch[] {
  const result = new Map<string, ColumnMatch>();
  const taken = new Set<string>();
  const byName = new Map(columns.map((column) => [column.name, column]));
  // In the order given, so a column the writer maps now takes its header before a remembered one can.
  for (const entry of fixed) {
    const column = byName.get(entry.column);
    if (!column || result.has(column.name)) continue;
    const header = entry.header !== null && headers.includes(entry.header) && !taken.has(entry.header) ? entry.header : null;
    if (entry.header !== null && header === null) continue;
    if (header !== null) taken.add(header);
    const detail = entry.reason === 'manual' ? (header === null ? '已指定台账中没有此列' : '手工指定') : header === null ? '上次确认：台账中没有此列' : '上次确认的对应';
    result.set(column.name, { column: column.name, required: column.required, header, confidence: header === null ? 0 : 1, reason: header === null ? 'missing' : entry.reason, candidates: [], detail });
  }

  const open = columns.filter((column) => !result.has(column.name));
  const pairs: { column: TemplateColumn; header: string; candidate: Candidate }[] = [];
  for (const column of open) {
    for (const header of headers) {
      if (taken.has(header)) continue;
      const candidate = score(column.name, header);
      if (candidate && candidate.score > 0) pairs.push({ column, header, candidate });
    }
  }
  pairs.sort((a, b) => b.candidate.score - a.candidate.score);

  const closed = new Set<string>();
  for (let start = 0; start < pairs.length; ) {
    let end = start;
    while (end < pairs.length && same(pairs[end]!.candidate.score, pairs[start]!.candidate.score)) end++;
    const level = pairs.slice(start, end).filter((pair) => !closed.has(pair.column.name) && !taken.has(pair.header));
    start = end;
    const headersOf = new Map<string, string[]>();
    const columnsOf = new Map<string, string[]>();
    for (const { column, header } of level) {
      headersOf.set(column.name, [...(headersOf.get(column.name) ?? []), header]);
      columnsOf.set(header, [...(columnsOf.get(header) ?? []), column.name]);
    }
    const reserved: string[] = [];
    for (const { column, header, candidate } of level) {
      if (closed.has(column.name)) continue;
      const rivals = headersOf.get(column.name)!;
      const contenders = columnsOf.get(header)!;
      closed.add(column.name);
      if (rivals.length === 1 && contenders.length === 1) {
        result.set(column.name, { column: column.name, required: column.required, header, confidence: Math.round(candidate.score * 100) / 100, reason: candidate.reason, candidates: [], detail: candidate.detail });
        taken.add(header);
        continue;
      }
      const others = contenders.filter((name) => name !== column.name);
      const detail = rivals.length > 1 ? `表头${rivals.map((h) => `“${h}”`).join('')}同样接近` : `表头“${header}”与列${others.map((name) => `“${name}”`).join('')}同样接近`;
      result.set(column.name, { column: column.name, required: column.required, header: null, confidence: 0, reason: 'ambiguous', candidates: rivals, detail });
      reserved.push(...rivals);
    }
    // A header that is contested is given to no one rather than to a weaker match later.
    for (const header of reserved) taken.add(header);
  }

  return columns.map(
    (column) => result.get(column.name) ?? { column: column.name, required: column.required, header: null, confidence: 0, reason: 'missing', candidates: [], detail: '台账中没有找到相近的表头' },
  );
}
