import { describe, expect, it } from 'vitest';
import { defaultPreferences } from '../../../../core/api/preferences.ts';
import { draftOf, preferencesOf } from './settings-draft.ts';

describe('settings draft', () => {
  it('turns typed settings into preferences and back', () => {
    const draft = {
      ...draftOf(defaultPreferences),
      organ: { fullName: '中共示范县纪律检查委员会', signatureName: '', printer: '中共示范县纪律检查委员会办公室' },
      numberPrefixes: [{ prefix: '某纪发', sequence: '' }],
      signers: '张某某、李某某',
      holidays: [{ year: '2025', holidays: '10月1日至10月3日、10月6日', workdays: '9月28日' }],
      units: [{ name: '示范镇纪委', short: '你镇', category: '乡镇' }],
    };
    const result = preferencesOf(draft);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.preferences.numberPrefixes).toEqual([{ prefix: '某纪发', sequence: '某纪发' }]);
    expect(result.preferences.defaultSigners).toEqual(['张某某', '李某某']);
    expect(result.preferences.holidays).toEqual([{ year: 2025, holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06'], workdays: ['2025-09-28'] }]);
    expect(draftOf(result.preferences).holidays).toEqual([{ year: '2025', holidays: '10月1日至10月3日、10月6日', workdays: '9月28日' }]);
  });

  it('names the row and field of a malformed holiday date, a bad year and an empty 全称', () => {
    const result = preferencesOf({
      ...draftOf(defaultPreferences),
      holidays: [
        { year: '2025', holidays: '10月1日、10月32日', workdays: '' },
        { year: '25', holidays: '1月1日', workdays: '' },
      ],
      units: [{ name: '', short: '你局', category: '' }],
    });
    expect(result).toEqual({
      ok: false,
      problems: ['节假日表第1行 2025年节假日：“10月32日”不是有效日期（写成 10月1日、2025-10-01 或 10月1日至10月8日）', '节假日表第2行 年份：“25”应为四位数字，如 2025'],
    });
    const units = preferencesOf({
      ...draftOf(defaultPreferences),
      units: [
        { name: '县委办', short: '', category: '' },
        { name: ' ', short: '你局', category: '' },
      ],
    });
    expect(units).toEqual({ ok: false, problems: ['单位名录第2行 全称：全称不能为空'] });
  });
});
