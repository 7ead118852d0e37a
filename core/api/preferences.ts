/**
 * The preferences the app keeps between sessions. Fields added after the first release carry
 * defaults, so a preferences.json written by an older version still loads unchanged.
 */
import { fontProfileIds } from '../layout/font-profiles.ts';
import { HolidayYearsSchema } from '../settings/holiday-table.ts';
import { NumberPrefixesSchema, OrganSettingsSchema, SignerNamesSchema, emptyOrganSettings } from '../settings/house-settings.ts';
import { UnitDirectorySchema } from '../settings/unit-directory.ts';
import { PackSourceSettingSchema } from '../pack/pack-source.ts';
import { z } from '../validation/zod.ts';

export const PreferencesSchema = z.strictObject({
  /** The font profile exports use unless the writer picks another for one export. */
  fontProfile: z.enum(fontProfileIds),
  organ: OrganSettingsSchema.default(emptyOrganSettings),
  numberPrefixes: NumberPrefixesSchema.default([]),
  /** 签发人 a new 上行文 (报告/请示) starts with. */
  defaultSigners: SignerNamesSchema.default([]),
  holidays: HolidayYearsSchema.default([]),
  units: UnitDirectorySchema.default([]),
  /** The office's shared pack folder or intranet address; empty when there is none. */
  packSource: PackSourceSettingSchema.default(''),
});

export type Preferences = z.infer<typeof PreferencesSchema>;

export const defaultPreferences: Preferences = { fontProfile: 'classic', organ: emptyOrganSettings, numberPrefixes: [], defaultSigners: [], holidays: [], units: [], packSource: '' };

const fieldNames: Record<string, string> = {
  fontProfile: '字体方案',
  organ: '机关名称',
  fullName: '发文机关全称',
  signatureName: '署名',
  printer: '印发机关',
  numberPrefixes: '机关代字',
  prefix: '代字',
  sequence: '文号序列',
  defaultSigners: '默认签发人',
  holidays: '节假日',
  workdays: '调休上班日',
  year: '年份',
  units: '单位名录',
  name: '全称',
  short: '简称',
  category: '类别',
  packSource: '共享来源',
};

/** Rows are named the way the settings screen shows them: 单位名录第3行 全称, 节假日表第1行（2025年）节假日第2个日期. */
export function describePreferenceIssues(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const parts: string[] = [];
    const path = issue.path;
    path.forEach((segment, index) => {
      const parent = path[index - 1];
      if (typeof segment === 'number') {
        if (parent === 'holidays' && index === 1) {
          const year = (input as { holidays?: { year?: unknown }[] } | null)?.holidays?.[segment]?.year;
          parts.push(`节假日表第${segment + 1}行${typeof year === 'number' ? `（${year}年）` : ''}`);
        } else if (index === 1) parts.push(`${fieldNames[String(parent)] ?? String(parent)}第${segment + 1}行`);
        else parts.push(`第${segment + 1}个日期`);
        return;
      }
      const next = path[index + 1];
      if (index === 0 && typeof next === 'number') return;
      parts.push(fieldNames[String(segment)] ?? String(segment));
    });
    const where = parts.join(' ').replace(/ 第/g, '第');
    return where ? `${where}：${issue.message}` : issue.message;
  });
}
