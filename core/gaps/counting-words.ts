/**
 * Counting words (量词) that follow a number gap, and what kind of quantity each one counts.
 * The kind steers suggestions: ×轮 is a number of inspection rounds, ×人次 a number of people,
 * ×万元 an amount scaled by ten thousand.
 */
export type Measure = 'rounds' | 'cases' | 'people' | 'items' | 'units' | 'money' | 'times' | 'years' | 'months' | 'days' | 'percent' | 'other';

export interface CountingWord {
  word: string;
  measure: Measure;
  /** What the ledger value is divided by before printing: 万名 counts in ten thousands. */
  scale: number;
}

const words: CountingWord[] = [
  { word: '个百分点', measure: 'percent', scale: 1 },
  { word: '万人次', measure: 'people', scale: 10_000 },
  { word: '万名', measure: 'people', scale: 10_000 },
  { word: '万人', measure: 'people', scale: 10_000 },
  { word: '万元', measure: 'money', scale: 10_000 },
  { word: '亿元', measure: 'money', scale: 100_000_000 },
  { word: '人次', measure: 'people', scale: 1 },
  { word: '余人', measure: 'people', scale: 1 },
  { word: '余件', measure: 'cases', scale: 1 },
  { word: '余起', measure: 'cases', scale: 1 },
  { word: '余项', measure: 'items', scale: 1 },
  { word: '余个', measure: 'units', scale: 1 },
  { word: '小时', measure: 'other', scale: 1 },
  { word: '轮', measure: 'rounds', scale: 1 },
  { word: '件', measure: 'cases', scale: 1 },
  { word: '起', measure: 'cases', scale: 1 },
  { word: '宗', measure: 'cases', scale: 1 },
  { word: '人', measure: 'people', scale: 1 },
  { word: '名', measure: 'people', scale: 1 },
  { word: '位', measure: 'people', scale: 1 },
  { word: '户', measure: 'units', scale: 1 },
  { word: '项', measure: 'items', scale: 1 },
  { word: '条', measure: 'items', scale: 1 },
  { word: '类', measure: 'items', scale: 1 },
  { word: '批', measure: 'items', scale: 1 },
  { word: '份', measure: 'items', scale: 1 },
  { word: '篇', measure: 'items', scale: 1 },
  { word: '个', measure: 'units', scale: 1 },
  { word: '家', measure: 'units', scale: 1 },
  { word: '所', measure: 'units', scale: 1 },
  { word: '处', measure: 'units', scale: 1 },
  { word: '元', measure: 'money', scale: 1 },
  { word: '万', measure: 'other', scale: 10_000 },
  { word: '次', measure: 'times', scale: 1 },
  { word: '场', measure: 'times', scale: 1 },
  { word: '期', measure: 'times', scale: 1 },
  { word: '遍', measure: 'times', scale: 1 },
  { word: '倍', measure: 'other', scale: 1 },
  { word: '年', measure: 'years', scale: 1 },
  { word: '月', measure: 'months', scale: 1 },
  { word: '天', measure: 'days', scale: 1 },
  { word: '日', measure: 'days', scale: 1 },
  { word: '号', measure: 'other', scale: 1 },
  { word: '%', measure: 'percent', scale: 1 },
  { word: '％', measure: 'percent', scale: 1 },
];

/** The counting word starting at `at`, longest first (万名 before 万), or null. */
export function countingWordAfter(text: string, at: number): string | null {
  return words.find(({ word }) => text.startsWith(word, at))?.word ?? null;
}

export function countingWord(word: string): CountingWord | undefined {
  return words.find((entry) => entry.word === word);
}
