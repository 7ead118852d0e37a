/**
 * The saved preferences, for the parts of the editor that read the office's settings (the unit
 * directory) without every screen in between passing them down. App publishes each change.
 */
import { useSyncExternalStore } from 'react';
import { defaultPreferences, type Preferences } from '../../../../core/api/preferences.ts';
import { valueStore } from '../../value-store.ts';

const preferences = valueStore<Preferences>(defaultPreferences);

export function publishPreferences(next: Preferences): void {
  preferences.set(next);
}

export const usePreferences = (): Preferences => useSyncExternalStore(preferences.subscribe, preferences.get);
