/**
 * Suggestions for a number gap from the imported ledgers, by the words around it: the counting
 * word says what is counted (×轮 → rounds, ×人次 → people, ×万元 → money in ten thousands), the
 * nouns say where (巡察 → the 巡察 ledger, 立案 → the rows whose 处置方式 is 立案). Every suggestion
 * is an ordinary binding with its value and its rows, and says in words why it was proposed.
 */
import type { Provenance } from '../model/inline.ts';
import { evaluateBinding, type BoundValue } from '../template/aggregate.ts';
import { ledgerIndex, trimmedText, type LedgerIndex } from '../template/ledger-index.ts';
import type { MergeTable } from '../template/merge-table.ts';
import type { Binding } from '../template/template-schema.ts';
import { boundProvenance, printedNumber } from './bound-provenance.ts';
import { countingWord, type Measure } from './counting-words.ts';

export type AggregateBinding = Extract<Binding, { kind: 'aggregate' }>;

export interface GapContext {
  /** The words before the gap in its paragraph. */
  before: string;
  /** The words after the gap, starting with its counting word. */
  after: string;
  unit: string | null;
}

export interface ValueSuggestion {
  binding: AggregateBinding;
  value: number;
  /** The value as it goes into the text: scaled for 万名/万元, at most two decimals. */
  printed: string;
  source: Provenance;
  reasons: string[];
  score: number;
}

/** Columns with at most this many distinct values are categories whose values a sentence may name (立案, 党纪处分). */
const maxCategoryValues = 60;
const clauseBreak = /[。；！？，：、\n]/;

/** Column names that say what a numeric column counts: 处分人数, 涉案金额, 轮次, 问题数. */
const measureWords: Partial<Record<Measure, RegExp>> = {
  people: /(人数|人次|人员数)$|人$/,
  money: /金额|元|资金|款/,
  rounds: /轮/,
  times: /(次数|场次)$/,
  cases: /(件数|起数|案件数)$/,
  items: /(项数|条数|个数|问题数)$/,
  units: /(个数|单位数|家数)$/,
};

/** Rows of a ledger are things counted by these measures; a row is never money or a year. */
const countable = new Set<Measure>(['cases', 'items', 'units', 'people', 'times', 'rounds', 'other']);

function clauseAround(context: GapContext): string {
  const before = context.before.split(clauseBreak).pop() ?? '';
  const after = context.after.slice(context.unit?.length ?? 0).split(clauseBreak)[0] ?? '';
  return `${before.slice(-20)}${after.slice(0, 12)}`;
}

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s\d]/g, '')];
  return new Set(chars.slice(1).map((ch, i) => `${chars[i]}${ch}`));
}

/** How many two-character words of `name` the clause contains: 常规巡察 and 巡察台账 share 巡察. */
function overlap(clause: string, name: string): number {
  let shared = 0;
  for (const pair of bigrams(name)) if (clause.includes(pair)) shared++;
  return shared;
}

interface Candidate {
  binding: AggregateBinding;
  score: number;
  reasons: string[];
}

function columnCandidates(table: MergeTable, index: LedgerIndex, clause: string, unit: string | null, measure: Measure, base: Candidate): Candidate[] {
  const found: Candidate[] = [];
  table.columns.forEach((column, c) => {
    const named = overlap(clause, column);
    const numbers = index.numbersOf(c);
    let numeric = 0;
    let filled = 0;
    for (let r = 0; r < table.rows.length; r++) {
      if (numbers.kinds[r] === 1) numeric++;
      if (numbers.kinds[r] !== 0) filled++;
    }
    if (filled > 0 && numeric === filled) {
      const fits = measureWords[measure]?.test(column) ?? false;
      // A sum of money never answers how many cases or people: 涉案金额 is not a count of 案.
      if ((named === 0 && !fits) || (measure !== 'money' && measureWords.money!.test(column))) return;
      const aggregate = measure === 'rounds' ? 'max' : 'sum';
      found.push({
        binding: { ...base.binding, aggregate, column },
        score: base.score + named * 3 + (fits ? 2 : 0),
        reasons: [...base.reasons, `“${column}”列${aggregate === 'max' ? '的最大值' : '合计'}${named > 0 ? '，列名与上下文相符' : ''}${fits ? `，列名合于量词“${unit}”` : ''}`],
      });
      return;
    }
    if (!countable.has(measure)) return;
    const values = new Set<string>();
    for (const row of table.rows) {
      const text = trimmedText(row[c] ?? null);
      if (text) values.add(text);
      if (values.size > maxCategoryValues) return;
    }
    for (const value of values) {
      if ([...value].length < 2 || !clause.includes(value)) continue;
      found.push({
        binding: { ...base.binding, filters: [{ column, op: 'eq', value }] },
        score: base.score + 4 + [...value].length / 4,
        reasons: [...base.reasons, `上下文提到“${value}”：计“${column}”为“${value}”的行`],
      });
    }
    if (named > 0)
      found.push({
        binding: { ...base.binding, filters: [{ column, op: 'notEmpty', value: null }] },
        score: base.score + named * 2,
        reasons: [...base.reasons, `上下文提到“${column}”：计“${column}”不为空的行`],
      });
  });
  return found;
}

function candidatesOf(table: MergeTable, index: LedgerIndex, clause: string, unit: string | null, measure: Measure): Candidate[] {
  const named = overlap(clause, table.name);
  const base: Candidate = {
    binding: { kind: 'aggregate', dataset: table.name, aggregate: 'count', column: null, filters: [] },
    score: named * 2,
    reasons: named > 0 ? [`上下文与台账“${table.name}”的名称相符`] : [],
  };
  const rows: Candidate[] = countable.has(measure) ? [{ ...base, score: base.score + 1, reasons: [...base.reasons, `台账“${table.name}”的行数`] }] : [];
  return [...rows, ...columnCandidates(table, index, clause, unit, measure, base)];
}

/**
 * The likeliest values for a number gap, best first; none when the gap counts nothing the ledgers hold.
 * `tables` come newest first: a ledger imported just now is likelier the one the writer means.
 */
export function suggestValues(context: GapContext, tables: readonly MergeTable[], limit = 5): ValueSuggestion[] {
  const entry = context.unit === null ? undefined : countingWord(context.unit);
  const measure: Measure = entry?.measure ?? 'other';
  const scale = entry?.scale ?? 1;
  const clause = clauseAround(context);
  const suggestions: ValueSuggestion[] = [];
  tables.forEach((table, order) => {
    const index = ledgerIndex(table);
    const recency = 1 / (order + 1);
    for (const candidate of candidatesOf(table, index, clause, context.unit, measure)) {
      let bound: BoundValue;
      try {
        bound = evaluateBinding(table, candidate.binding, index);
      } catch {
        continue;
      }
      if (typeof bound.value !== 'number') continue;
      const reasons = scale === 1 ? candidate.reasons : [...candidate.reasons, `按“${context.unit}”折算（÷${scale}）`];
      // A count of zero rows is rarely what a sentence reports.
      const score = candidate.score + recency - (bound.value === 0 ? 3 : 0);
      suggestions.push({ binding: candidate.binding, value: bound.value, printed: printedNumber(bound.value, scale), source: boundProvenance(table, candidate.binding, bound), reasons, score });
    }
  });
  return suggestions.sort((a, b) => b.score - a.score).slice(0, limit);
}
