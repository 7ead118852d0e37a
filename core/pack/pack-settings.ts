/**
 * What installing a pack does to the workspace's own settings, and how a rollback undoes it.
 * The pack's units join the unit directory by 全称 (a unit already there keeps the writer's
 * 简称 and 类别); its letterhead replaces the office's 版头 settings only when the person
 * installing accepts that. Phrase books are not copied: the phrase panel reads them from the
 * active version of the pack, so they come and go with it.
 *
 * The change is recorded with the install, and a rollback applies its inverse — but only to
 * what is still as the install left it: a unit the writer has edited since, or a 版头 changed
 * by hand, stays as the writer has it.
 */
import type { Preferences } from '../api/preferences.ts';
import { UnitSchema, maxUnits, type Unit } from '../settings/unit-directory.ts';
import { z } from '../validation/zod.ts';
import { LetterheadSchema, type Letterhead, type PackContents } from './pack-contents.ts';
import { PackError } from './pack-error.ts';

export const AppliedSettingsSchema = z.strictObject({
  unitsAdded: z.array(UnitSchema).max(maxUnits),
  unitsRemoved: z.array(UnitSchema).max(maxUnits),
  letterhead: z.strictObject({ before: LetterheadSchema, after: LetterheadSchema }).nullable(),
});

export type AppliedSettings = z.infer<typeof AppliedSettingsSchema>;

export const nothingApplied: AppliedSettings = { unitsAdded: [], unitsRemoved: [], letterhead: null };

export const isNothingApplied = (applied: AppliedSettings): boolean => applied.unitsAdded.length === 0 && applied.unitsRemoved.length === 0 && applied.letterhead === null;

const letterheadOf = (preferences: Preferences): Letterhead => ({
  organ: { fullName: preferences.organ.fullName, signatureName: preferences.organ.signatureName, printer: preferences.organ.printer },
  numberPrefixes: preferences.numberPrefixes.map(({ prefix, sequence }) => ({ prefix, sequence })),
  defaultSigners: [...preferences.defaultSigners],
});

/** Compared field by field, so key order in a file never makes equal settings look different. */
const letterheadKey = ({ organ, numberPrefixes, defaultSigners }: Letterhead) =>
  JSON.stringify([organ.fullName, organ.signatureName, organ.printer, numberPrefixes.map(({ prefix, sequence }) => [prefix, sequence]), defaultSigners]);
const sameLetterhead = (a: Letterhead, b: Letterhead) => letterheadKey(a) === letterheadKey(b);

const sameUnit = (a: Unit, b: Unit) => a.name === b.name && a.short === b.short && a.category === b.category;

const withLetterhead = (preferences: Preferences, letterhead: Letterhead): Preferences => ({
  ...preferences,
  organ: letterhead.organ,
  numberPrefixes: letterhead.numberPrefixes,
  defaultSigners: letterhead.defaultSigners,
});

export function applyPackSettings(
  preferences: Preferences,
  contents: Pick<PackContents, 'units' | 'letterhead'>,
  options: { letterhead: boolean },
): { preferences: Preferences; applied: AppliedSettings } {
  const names = new Set(preferences.units.map((unit) => unit.name));
  const unitsAdded = (contents.units ?? []).filter((unit) => !names.has(unit.name));
  const total = preferences.units.length + unitsAdded.length;
  if (total > maxUnits) throw new PackError(`单位名录最多 ${maxUnits} 个单位，并入模板包“units.json”中的 ${unitsAdded.length} 个新单位后将有 ${total} 个`);
  let next: Preferences = unitsAdded.length > 0 ? { ...preferences, units: [...preferences.units, ...unitsAdded] } : preferences;
  let letterhead: AppliedSettings['letterhead'] = null;
  const offered = contents.letterhead;
  if (options.letterhead && offered && !sameLetterhead(offered, letterheadOf(preferences))) {
    letterhead = { before: letterheadOf(preferences), after: offered };
    next = withLetterhead(next, offered);
  }
  return { preferences: next, applied: { unitsAdded, unitsRemoved: [], letterhead } };
}

/** Undoes `applied` where the settings are still as it left them; returns the settings and the change actually made (its own undo). */
export function undoPackSettings(preferences: Preferences, applied: AppliedSettings): { preferences: Preferences; applied: AppliedSettings } {
  const removable = (unit: Unit) => applied.unitsAdded.some((added) => sameUnit(added, unit));
  const unitsRemoved = preferences.units.filter(removable);
  const kept = preferences.units.filter((unit) => !removable(unit));
  const names = new Set(kept.map((unit) => unit.name));
  const unitsAdded = applied.unitsRemoved.filter((unit) => !names.has(unit.name)).slice(0, Math.max(0, maxUnits - kept.length));
  let next: Preferences = unitsRemoved.length > 0 || unitsAdded.length > 0 ? { ...preferences, units: [...kept, ...unitsAdded] } : preferences;
  let letterhead: AppliedSettings['letterhead'] = null;
  if (applied.letterhead && sameLetterhead(applied.letterhead.after, letterheadOf(preferences))) {
    letterhead = { before: applied.letterhead.after, after: applied.letterhead.before };
    next = withLetterhead(next, applied.letterhead.before);
  }
  return { preferences: next, applied: { unitsAdded, unitsRemoved, letterhead } };
}

/** What a person is told an install changed in the settings. */
export const SettingsSummarySchema = z.object({ unitsAdded: z.array(z.string()), letterhead: z.boolean() });
export type SettingsSummary = z.infer<typeof SettingsSummarySchema>;

export const settingsSummary = (applied: AppliedSettings): SettingsSummary => ({ unitsAdded: applied.unitsAdded.map((unit) => unit.name), letterhead: applied.letterhead !== null });
