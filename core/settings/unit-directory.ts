/**
 * The unit directory (单位名录): the organs a secretary writes to — 主送 and 抄送 are picked
 * from it — with the 简称 the body uses to address them (你局/你镇) and a 类别 to group them.
 * Entries of 类别 统称 are collective names (各乡镇纪委、县直各单位) offered before the units.
 *
 * It lives in preferences.json, not in the SQLite workspace: a county office's directory is a
 * few hundred entries (tens of KB), always read whole for the picker, edited and imported as
 * one list and carried in packs as plain data — a table buys nothing, and the cap keeps it small.
 */
import { z } from '../validation/zod.ts';

export const collectiveCategory = '统称';
export const maxUnits = 2_000;

export const UnitSchema = z.strictObject({
  name: z.string().trim().min(1, '全称不能为空').max(100, '全称不应超过 100 个字'),
  short: z.string().trim().max(20, '简称不应超过 20 个字'),
  category: z.string().trim().max(20, '类别不应超过 20 个字'),
});

export const UnitDirectorySchema = z
  .array(UnitSchema)
  .max(maxUnits, `单位名录最多 ${maxUnits} 个单位`)
  .superRefine((units, context) => {
    const seen = new Map<string, number>();
    units.forEach((unit, index) => {
      const first = seen.get(unit.name);
      if (first !== undefined) context.addIssue({ code: 'custom', path: [index, 'name'], message: `“${unit.name}”与第${first + 1}行重复` });
      else seen.set(unit.name, index);
    });
  });

export type Unit = z.infer<typeof UnitSchema>;

export interface UnitImport {
  units: Unit[];
  /** One message per bad line, naming it; when any is present nothing should be imported. */
  problems: string[];
}

const headerWords = /^(全称|单位全称|单位名称|名称)$/;

/**
 * Reads a list pasted from Excel or typed: one unit a line, 全称 then optional 简称 and 类别
 * separated by tabs, commas or 2+ spaces. A header line (全称 …) is skipped. Units already in
 * `existing` are updated in place, new ones appended.
 */
export function importUnits(text: string, existing: readonly Unit[]): UnitImport {
  const units = existing.map((unit) => ({ ...unit }));
  const problems: string[] = [];
  const index = new Map(units.map((unit, i) => [unit.name, i]));
  const seenInPaste = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, lineIndex) => {
    // Only the line's end is trimmed: a leading tab means the 全称 cell was left empty.
    const line = raw.trimEnd();
    if (!line.trim()) return;
    const cells = line.split(/\t|[,，]|\s{2,}/).map((cell) => cell.trim());
    if (lineIndex === 0 && headerWords.test(cells[0] ?? '')) return;
    const row = lineIndex + 1;
    if (cells.length > 3) {
      problems.push(`第${row}行：应为“全称、简称、类别”最多三列，实际有 ${cells.length} 列`);
      return;
    }
    const parsed = UnitSchema.safeParse({ name: cells[0] ?? '', short: cells[1] ?? '', category: cells[2] ?? '' });
    if (!parsed.success) {
      problems.push(`第${row}行：${parsed.error.issues.map((issue) => issue.message).join('；')}`);
      return;
    }
    const unit = parsed.data;
    const earlier = seenInPaste.get(unit.name);
    if (earlier !== undefined) {
      problems.push(`第${row}行：“${unit.name}”与第${earlier}行重复`);
      return;
    }
    seenInPaste.set(unit.name, row);
    const at = index.get(unit.name);
    if (at === undefined) {
      index.set(unit.name, units.length);
      units.push(unit);
    } else {
      units[at] = unit;
    }
  });
  if (units.length > maxUnits) problems.push(`单位名录最多 ${maxUnits} 个单位，导入后将有 ${units.length} 个`);
  return { units: problems.length > 0 ? [...existing] : units, problems };
}

/** The directory's names in the order they are offered: 统称 first, then units by 类别 as listed. */
export function groupUnits(units: readonly Unit[]): { category: string; units: Unit[] }[] {
  const groups = new Map<string, Unit[]>();
  for (const unit of units) {
    const category = unit.category || '未分类';
    groups.set(category, [...(groups.get(category) ?? []), unit]);
  }
  return [...groups.entries()]
    .map(([category, list]) => ({ category, units: list }))
    .sort((a, b) => Number(b.category === collectiveCategory) - Number(a.category === collectiveCategory));
}
