/** 打印: on the desktop the host prints the window's pages through the system print dialog; a browser prints them itself. */
import { z } from '../validation/zod.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

export const printContract = {
  /** `printed` is false when the writer cancelled the print dialog. Refused in a browser, which prints with window.print(). */
  printPages: call(z.tuple([]), z.object({ printed: z.boolean() })),
};
