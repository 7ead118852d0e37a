/**
 * Law references as versioned data: the article numbers a template cites change when a law
 * is amended (监察法 2018 → 2024 moved 第四十五条 to 第五十二条), so templates name a
 * provision by a stable key and a field picks the version; no article is ever typed into
 * template text.
 */
import { IsoDateSchema } from '../model/iso-date.ts';
import { z } from '../validation/zod.ts';
import { NameSchema } from './template-schema.ts';

export const lawReferencesFormatVersion = 1;

export const LawVersionSchema = z.strictObject({
  /** What the version field holds, e.g. 2018 or 2024. */
  id: z.string().regex(/^\d{4}$/, '版本应为 4 位年份，如 2024'),
  /** How the text came about, e.g. 2024年12月25日修正. */
  label: z.string().min(1).max(200),
  effective: IsoDateSchema,
  /** [provision key, article as printed] pairs: an array, never an object keyed by data. */
  provisions: z.array(z.tuple([NameSchema, z.string().regex(/^第[一二三四五六七八九十百零〇]+条(第[一二三四五六七八九十]+款)?(第[一二三四五六七八九十]+项)?$/, '条文应写作“第十一条”“第五十二条第一款第五项”')])).min(1).max(500),
});

export const LawSchema = z.strictObject({
  id: NameSchema,
  /** The full title with 书名号, e.g. 《中华人民共和国监察法》. */
  title: z.string().regex(/^《[^《》]{1,80}》$/, '法规名称应带书名号，如《中华人民共和国监察法》'),
  versions: z.array(LawVersionSchema).min(1).max(20),
});

export const LawReferencesSchema = z.strictObject({
  formatVersion: z.literal(lawReferencesFormatVersion),
  laws: z.array(LawSchema).max(200),
});

export type LawVersion = z.infer<typeof LawVersionSchema>;
export type Law = z.infer<typeof LawSchema>;
export type LawReferences = z.infer<typeof LawReferencesSchema>;

export class LawReferenceError extends Error {}

export interface CitedProvisions {
  law: Law;
  version: LawVersion;
  /** e.g. 第十一条、第五十二条 */
  text: string;
}

/** Looks the provisions up in the chosen version; every failure names the law, version and key. */
export function citeProvisions(references: LawReferences, lawId: string, versionId: string, keys: readonly string[]): CitedProvisions {
  const law = references.laws.find((candidate) => candidate.id === lawId);
  if (!law) throw new LawReferenceError(`法规条文数据中没有“${lawId}”`);
  const version = law.versions.find((candidate) => candidate.id === versionId.trim());
  if (!version) throw new LawReferenceError(`${law.title}没有“${versionId}”版本，可选：${law.versions.map((v) => v.id).join('、')}`);
  const articles = keys.map((key) => {
    const found = version.provisions.find(([name]) => name === key);
    if (!found) throw new LawReferenceError(`${law.title}（${version.label}）中没有条文“${key}”`);
    return found[1];
  });
  return { law, version, text: articles.join('、') };
}
