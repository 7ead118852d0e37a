/**
 * Applies a pack's change to the workspace settings (preferences.json) and keeps what it
 * replaced, so the caller can put it back when a later step of the install or rollback fails.
 */
import type { Preferences } from '../../core/api/preferences.ts';
import { isNothingApplied, nothingApplied, type AppliedSettings } from '../../core/pack/pack-settings.ts';
import { readPreferences, writePreferences } from '../settings/preferences.ts';

export interface SettingsChange {
  applied: AppliedSettings;
  /** Writes back the settings as they were before the change. */
  restore: () => Promise<void>;
}

export const noSettingsChange: SettingsChange = { applied: nothingApplied, restore: async () => undefined };

export async function changeSettings(workspaceDir: string, change: (preferences: Preferences) => { preferences: Preferences; applied: AppliedSettings }): Promise<SettingsChange> {
  const before = await readPreferences(workspaceDir);
  const { preferences, applied } = change(before);
  if (isNothingApplied(applied)) return noSettingsChange;
  await writePreferences(workspaceDir, preferences);
  return {
    applied,
    restore: async () => {
      await writePreferences(workspaceDir, before);
    },
  };
}
