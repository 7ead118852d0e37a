/** Calls of the 设置 screen beyond the preferences themselves: where the workspace lives. */
import { z } from '../validation/zod.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

export const DataFolderSchema = z.object({
  /** The workspace folder in use now. */
  current: z.string(),
  /** The folder the next start will use, when it differs from `current`. */
  next: z.string().nullable(),
  /** Only the desktop app may move its workspace; `gongwen web` is given one with --workspace. */
  canChoose: z.boolean(),
});

export type DataFolder = z.infer<typeof DataFolderSchema>;

export const settingsContract = {
  getDataFolder: call(z.tuple([]), DataFolderSchema),
  /** Asks for another folder in a system dialog (or returns to the default); takes effect after a restart. */
  chooseDataFolder: call(z.tuple([z.strictObject({ useDefault: z.boolean() })]), DataFolderSchema),
};
