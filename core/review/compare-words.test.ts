import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, type WordChange } from './compare-words.ts';

const side = (changes: readonly WordChange[], drop: WordChange['kind']) =>
  changes
    .filter((c) => c.kind !== drop)
    .map((c) => c.text)
    .join('');

describe('diffWords', () => {
  it('marks an insertion, a deletion and a rewrite inside a sentence', () => {
    expect(diffWords('逐项建立台账，举一反三，限期整改。', '逐项建立台账、实行销号管理，限期整改。')).toEqual([
      { kind: 'same', text: '逐项建立台账' },
      { kind: 'deleted', text: '，举一反三' },
      { kind: 'inserted', text: '、实行销号管理' },
      { kind: 'same', text: '，限期整改。' },
    ]);
    expect(diffWords('主要负责同志亲自抓。', '主要负责同志亲自抓、负总责。')).toEqual([
      { kind: 'same', text: '主要负责同志亲自抓' },
      { kind: 'inserted', text: '、负总责' },
      { kind: 'same', text: '。' },
    ]);
  });

  it('does not keep a lone matching character inside a rewrite', () => {
    const changes = diffWords('我们的工作很好', '我们要把全面的任务落实');
    expect(changes.filter((c) => c.kind === 'same').map((c) => c.text)).toEqual(['我们']);
  });

  it('shows a paragraph added or deleted whole', () => {
    expect(diffWords('', '新增一段。')).toEqual([{ kind: 'inserted', text: '新增一段。' }]);
    expect(diffWords('删去一段。', '')).toEqual([{ kind: 'deleted', text: '删去一段。' }]);
    expect(diffWords('不变。', '不变。')).toEqual([{ kind: 'same', text: '不变。' }]);
  });

  it('always rebuilds both wordings from its runs', () => {
    const text = fc.string({ unit: fc.constantFrom('一', '二', '的', '，', '。', 'a', '1'), maxLength: 40 });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const changes = diffWords(before, after);
        expect(side(changes, 'inserted')).toBe(before);
        expect(side(changes, 'deleted')).toBe(after);
        changes.forEach((c, i) => expect(c.kind === changes[i + 1]?.kind).toBe(false));
      }),
    );
  });
});
