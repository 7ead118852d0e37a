/** A file written into the export folder (.docx, .pdf, .gwdoc); `exportId` lets the UI ask the host to reveal it. */
import { z } from '../validation/zod.ts';

export const ExportResultSchema = z.object({
  exportId: z.string(),
  fileName: z.string(),
  path: z.string(),
  folder: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Something to know about the written file, e.g. a path too long for Word to open. */
  warning: z.string().optional(),
});
