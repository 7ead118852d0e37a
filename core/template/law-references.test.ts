import { describe, expect, it } from 'vitest';
import { citeProvisions, LawReferenceError, LawReferencesSchema, type LawReferences } from './law-references.ts';

const references: LawReferences = LawReferencesSchema.parse({
  formatVersion: 1,
  laws: [
    {
      id: '监察法',
      title: '《中华人民共和国监察法》',
      versions: [
        { id: '2018', label: '2018年通过', effective: '2018-03-20', provisions: [['提出监察建议', '第四十五条'], ['职责', '第十一条']] },
        { id: '2024', label: '2024年修正', effective: '2025-06-01', provisions: [['提出监察建议', '第五十二条'], ['职责', '第十一条']] },
      ],
    },
  ],
});

describe('citeProvisions', () => {
  it('prints the articles of the chosen version in the order asked', () => {
    expect(citeProvisions(references, '监察法', '2018', ['职责', '提出监察建议']).text).toBe('第十一条、第四十五条');
    expect(citeProvisions(references, '监察法', ' 2024 ', ['职责', '提出监察建议']).text).toBe('第十一条、第五十二条');
  });

  it('names the law, version and key that are missing', () => {
    expect(() => citeProvisions(references, '刑法', '2024', ['职责'])).toThrow(new LawReferenceError('法规条文数据中没有“刑法”'));
    expect(() => citeProvisions(references, '监察法', '2019', ['职责'])).toThrow('《中华人民共和国监察法》没有“2019”版本，可选：2018、2024');
    expect(() => citeProvisions(references, '监察法', '2024', ['toString'])).toThrow('《中华人民共和国监察法》（2024年修正）中没有条文“toString”');
  });

  it('refuses articles that are not written 第……条', () => {
    const bad = { formatVersion: 1, laws: [{ id: 'x', title: '《某法》', versions: [{ id: '2024', label: 'x', effective: '2024-01-01', provisions: [['k', 'Art. 52']] }] }] };
    expect(LawReferencesSchema.safeParse(bad).success).toBe(false);
    const item = { ...bad, laws: [{ ...bad.laws[0]!, versions: [{ ...bad.laws[0]!.versions[0]!, provisions: [['k', '第五十二条第一款第五项']] }] }] };
    expect(LawReferencesSchema.safeParse(item).success).toBe(true);
  });
});
