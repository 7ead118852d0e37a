import { describe, expect, it } from 'vitest';
import type { Phrase } from '../api/contract-phrases.ts';
import { phraseList, searchPhrases } from './phrase-list.ts';

const templates = [
  { id: 'tongzhi', name: '通知', snippets: [{ id: 'a', label: '现将通知如下', text: '现将有关事项通知如下：' }] },
  {
    id: 'jianyi',
    name: '监察建议书',
    snippets: [
      { id: 'b', label: '回复要求', text: '请于30日内书面回复。' },
      { id: 'c', label: '重复', text: '现将有关事项通知如下：' },
    ],
  },
];
const own: Phrase[] = [{ id: 'u1', title: '我的开场', category: '我的常用语', text: '同志们：', origin: 'user', templateId: null }];

describe('phraseList', () => {
  it('puts the draft’s template first, then the writer’s own, then the other templates, each text once', () => {
    const list = phraseList(templates, own, 'jianyi');
    expect(list.map((p) => p.id)).toEqual(['jianyi/b', 'jianyi/c', 'u1']);
    expect(list[0]).toMatchObject({ title: '回复要求', category: '监察建议书', origin: 'template', templateId: 'jianyi' });
  });

  it('with no template, lists the writer’s own first', () => {
    expect(phraseList(templates, own, null).map((p) => p.id)).toEqual(['u1', 'tongzhi/a', 'jianyi/b']);
  });
});

describe('searchPhrases', () => {
  it('matches every term against title, category and words', () => {
    const list = phraseList(templates, own, null);
    expect(searchPhrases(list, '回复').map((p) => p.id)).toEqual(['jianyi/b']);
    expect(searchPhrases(list, '建议书 30日').map((p) => p.id)).toEqual(['jianyi/b']);
    expect(searchPhrases(list, '我的常用语').map((p) => p.id)).toEqual(['u1']);
    expect(searchPhrases(list, '  ')).toHaveLength(3);
    expect(searchPhrases(list, '没有这句')).toEqual([]);
  });
});
