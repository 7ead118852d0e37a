/**
 * The saved preferences, for the parts of the editor that read the office's settings (the unit
 * directory) without every screen in between passing them down. App publishes each change.
 */
import { useSyncExternalStore } from 'react';
import { defaultPreferences, type Preferences } from '../../../../core/api/preferences.ts';

let current: Preferences = defaultPreferences;
const listeners = new Set<() => void>();

export function publishPreferences(preferences: Preferences): void {
  current = preferences;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const usePreferences = (): Preferences => useSyncExternalStore(subscribe, () => current);
