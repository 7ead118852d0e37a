import { describe, expect, it } from 'vitest';
import { PreferencesSchema, defaultPreferences, describePreferenceIssues } from './preferences.ts';

const problemsOf = (input: unknown) => {
  const parsed = PreferencesSchema.safeParse(input);
  if (parsed.success) throw new Error('expected the preferences to be refused');
  return describePreferenceIssues(parsed.error, input);
};

describe('PreferencesSchema', () => {
  it('loads a preferences.json written before settings grew, filling the new fields with their defaults', () => {
    expect(PreferencesSchema.parse({ fontProfile: 'windows' })).toEqual({ ...defaultPreferences, fontProfile: 'windows' });
  });

  it('keeps a full set of settings as saved', () => {
    const full = {
      fontProfile: 'classic',
      organ: { fullName: '中共示范县纪律检查委员会', signatureName: '中共示范县纪律检查委员会', printer: '中共示范县纪律检查委员会办公室' },
      numberPrefixes: [{ prefix: '某纪发', sequence: '某纪发' }],
      defaultSigners: ['张某某'],
      holidays: [{ year: 2025, holidays: ['2025-10-01'], workdays: ['2025-09-28'] }],
      units: [{ name: '示范镇纪委', short: '你镇', category: '乡镇' }],
      packSource: '\\\\文件服务器\\模板包',
    };
    expect(PreferencesSchema.parse(full)).toEqual(full);
  });

  it('names the row and field of a bad unit, a malformed holiday date and a bad 代字', () => {
    const problems = problemsOf({
      fontProfile: 'classic',
      numberPrefixes: [{ prefix: '某纪〔发', sequence: 'a' }],
      holidays: [{ year: 2025, holidays: ['2025-10-01', '2025-02-30'], workdays: [] }],
      units: [
        { name: '示范镇纪委', short: '', category: '' },
        { name: '  ', short: '', category: '' },
      ],
    });
    expect(problems).toContain('单位名录第2行 全称：全称不能为空');
    expect(problems.find((p) => p.startsWith('节假日表第1行（2025年） 节假日第2个日期'))).toBeDefined();
    expect(problems.find((p) => p.startsWith('机关代字第1行 代字'))).toMatch(/括号/);
  });

  it('refuses a date filed under another year and a duplicated unit', () => {
    const problems = problemsOf({
      fontProfile: 'classic',
      holidays: [{ year: 2025, holidays: ['2024-10-01'], workdays: [] }],
      units: [
        { name: '县委办', short: '', category: '' },
        { name: '县委办', short: '', category: '' },
      ],
    });
    expect(problems).toContain('节假日表第1行（2025年） 节假日第1个日期：2024-10-01 不在 2025 年');
    expect(problems).toContain('单位名录第2行 全称：“县委办”与第1行重复');
  });
});
