/**
 * The 设置 screen edits text (dates typed as 10月1日至10月8日, years as typed); this turns that
 * text into preferences, or into one Chinese message per bad row and field, so nothing bad is saved.
 */
import { PreferencesSchema, describePreferenceIssues, type Preferences } from '../../../../core/api/preferences.ts';
import { formatDateList, readDateList } from '../../../../core/settings/holiday-table.ts';
import type { Unit } from '../../../../core/settings/unit-directory.ts';

export interface HolidayRow {
  year: string;
  holidays: string;
  workdays: string;
}

export interface SettingsDraft {
  fontProfile: Preferences['fontProfile'];
  organ: Preferences['organ'];
  numberPrefixes: { prefix: string; sequence: string }[];
  signers: string;
  holidays: HolidayRow[];
  units: Unit[];
  packSource: string;
}

export function draftOf(preferences: Preferences): SettingsDraft {
  return {
    fontProfile: preferences.fontProfile,
    organ: { ...preferences.organ },
    numberPrefixes: preferences.numberPrefixes.map((entry) => ({ ...entry })),
    signers: preferences.defaultSigners.join('、'),
    holidays: preferences.holidays.map((entry) => ({ year: String(entry.year), holidays: formatDateList(entry.holidays), workdays: formatDateList(entry.workdays) })),
    units: preferences.units.map((unit) => ({ ...unit })),
    packSource: preferences.packSource,
  };
}

const blank = (...values: string[]) => values.every((value) => value.trim() === '');

export type SettingsResult = { ok: true; preferences: Preferences } | { ok: false; problems: string[] };

/** An empty holiday row is dropped; other rows keep their place so a message's row number is the one on screen. */
export function preferencesOf(draft: SettingsDraft): SettingsResult {
  const problems: string[] = [];
  const holidays = draft.holidays
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !blank(row.year, row.holidays, row.workdays))
    .map(({ row, index }) => {
      const year = Number(row.year.normalize('NFKC').trim());
      if (!/^\d{4}$/.test(row.year.normalize('NFKC').trim())) {
        problems.push(`节假日表第${index + 1}行 年份：“${row.year}”应为四位数字，如 2025`);
        return { year: 0, holidays: [], workdays: [] };
      }
      const off = readDateList(row.holidays, year, '节假日');
      const on = readDateList(row.workdays, year, '调休上班日');
      problems.push(...[...off.problems, ...on.problems].map((problem) => `节假日表第${index + 1}行 ${problem}`));
      return { year, holidays: off.dates, workdays: on.dates };
    });
  const candidate = {
    fontProfile: draft.fontProfile,
    organ: draft.organ,
    numberPrefixes: draft.numberPrefixes.map((entry) => ({ prefix: entry.prefix, sequence: entry.sequence.trim() || entry.prefix })),
    defaultSigners: draft.signers
      .split(/[、，,\s]+/)
      .map((name) => name.trim())
      .filter(Boolean),
    holidays,
    units: draft.units,
    packSource: draft.packSource,
  };
  if (problems.length > 0) return { ok: false, problems };
  const parsed = PreferencesSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, problems: describePreferenceIssues(parsed.error, candidate) };
  return { ok: true, preferences: parsed.data };
}
