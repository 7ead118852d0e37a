import { describe, expect, it } from 'vitest';
import { markTerms, searchSnippet, searchTerms } from './search-text.ts';

describe('search text', () => {
  it('splits a query on any whitespace, dropping repeats', () => {
    expect(searchTerms('  廉政　教育 廉政\t月 ')).toEqual(['廉政', '教育', '月']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('marks every hit, the longer term first where two overlap, Latin letters in either case', () => {
    expect(markTerms('廉政教育与廉政建设', ['廉政', '廉政教育'])).toEqual([
      { text: '廉政教育', match: true },
      { text: '与', match: false },
      { text: '廉政', match: true },
      { text: '建设', match: false },
    ]);
    expect(markTerms('OA 系统', ['oa'])).toEqual([
      { text: 'OA', match: true },
      { text: ' 系统', match: false },
    ]);
  });

  it('cuts a snippet around the first hit with … where text was left out', () => {
    const text = `${'前'.repeat(100)}\n关键词${'后'.repeat(100)}`;
    const snippet = searchSnippet(text, ['关键词'], 40);
    expect(snippet[0]).toEqual({ text: '…', match: false });
    expect(snippet.at(-1)).toEqual({ text: '…', match: false });
    expect(snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['关键词']);
    expect(snippet.map((p) => p.text).join('')).toBe(`…${'前'.repeat(9)} 关键词${'后'.repeat(27)}…`);
    expect(searchSnippet('短文', ['不在'], 40)).toEqual([{ text: '短文', match: false }]);
  });
});
