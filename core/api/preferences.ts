/** The preferences the app keeps between sessions. */
import { fontProfileIds } from '../layout/font-profiles.ts';
import { z } from '../validation/zod.ts';

export const PreferencesSchema = z.strictObject({
  /** The font profile exports use unless the writer picks another for one export. */
  fontProfile: z.enum(fontProfileIds),
});

export type Preferences = z.infer<typeof PreferencesSchema>;

export const defaultPreferences: Preferences = { fontProfile: 'classic' };
