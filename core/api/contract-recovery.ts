/** What the host restored at start (a damaged workspace or settings file), told to the writer once. */
import { z } from '../validation/zod.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

export const recoveryContract = {
  /** Opens the workspace and reads the settings (restoring from backup where needed) and hands over what there is to tell, once. */
  takeRecoveryNotices: call(z.tuple([]), z.array(z.string())),
};
