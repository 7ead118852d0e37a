import { describe, expect, it } from 'vitest';
import { defaultPreferences, type Preferences } from '../api/preferences.ts';
import type { Letterhead } from './pack-contents.ts';
import { applyPackSettings, undoPackSettings } from './pack-settings.ts';

const mine: Preferences = {
  ...defaultPreferences,
  organ: { fullName: '中共某某县纪律检查委员会', signatureName: '', printer: '县纪委办公室' },
  units: [
    { name: '县财政局', short: '财政局', category: '县直' },
    { name: '某某镇纪委', short: '你镇', category: '乡镇' },
  ],
};
const theirs: Letterhead = {
  organ: { fullName: '中共某某市纪律检查委员会', signatureName: '', printer: '市纪委办公室' },
  numberPrefixes: [{ prefix: '某纪发', sequence: '某纪发' }],
  defaultSigners: ['王某某'],
};
const packUnits = [
  { name: '县财政局', short: '你局', category: '县直单位' },
  { name: '县审计局', short: '你局', category: '县直单位' },
];

describe('pack settings', () => {
  it('adds only units not already listed by 全称, keeping the writer’s own entry, and takes the letterhead only when accepted', () => {
    const kept = applyPackSettings(mine, { units: packUnits, letterhead: theirs }, { letterhead: false });
    expect(kept.preferences.units.map((unit) => [unit.name, unit.short])).toEqual([
      ['县财政局', '财政局'],
      ['某某镇纪委', '你镇'],
      ['县审计局', '你局'],
    ]);
    expect(kept.preferences.organ).toEqual(mine.organ);
    expect(kept.applied).toEqual({ unitsAdded: [packUnits[1]], unitsRemoved: [], letterhead: null });
    const taken = applyPackSettings(mine, { units: null, letterhead: theirs }, { letterhead: true });
    expect(taken.preferences).toMatchObject({ organ: theirs.organ, numberPrefixes: theirs.numberPrefixes, defaultSigners: ['王某某'], units: mine.units });
    expect(taken.applied.letterhead?.before.organ).toEqual(mine.organ);
  });

  it('undoes only what is still as the install left it, and the undo of the undo redoes it', () => {
    const { preferences: installed, applied } = applyPackSettings(mine, { units: packUnits, letterhead: theirs }, { letterhead: true });
    const back = undoPackSettings(installed, applied);
    expect(back.preferences).toEqual(mine);
    expect(undoPackSettings(back.preferences, back.applied).preferences).toEqual(installed);

    const edited: Preferences = { ...installed, organ: { ...installed.organ, printer: '手改的印发机关' }, units: installed.units.map((unit) => (unit.name === '县审计局' ? { ...unit, short: '审计局' } : unit)) };
    const partly = undoPackSettings(edited, applied);
    expect(partly.preferences).toEqual(edited);
    expect(partly.applied).toEqual({ unitsAdded: [], unitsRemoved: [], letterhead: null });
  });

  it('refuses to grow the unit directory past its limit', () => {
    const full: Preferences = { ...mine, units: Array.from({ length: 2_000 }, (_, i) => ({ name: `单位${i}`, short: '', category: '' })) };
    expect(() => applyPackSettings(full, { units: packUnits, letterhead: null }, { letterhead: false })).toThrow('单位名录最多 2000 个单位');
  });
});
