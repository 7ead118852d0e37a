/** Checks a call's input against its schema and refuses it in Chinese, naming the action and each bad field. */
import { AppError } from '../../core/api/errors.ts';
import { describeIssues, type z } from '../../core/validation/zod.ts';

export function parseInput<T extends z.ZodType>(schema: T, input: unknown, action: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('BAD_ARGUMENTS', `${action}：\n${describeIssues(result.error)}`);
  return result.data;
}
