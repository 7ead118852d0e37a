/** Errors that cross the API boundary: a stable code for programs and a Chinese message for people. */
import { z } from '../validation/zod.ts';

export const apiErrorCodes = [
  'BAD_ARGUMENTS',
  'UNKNOWN_CALL',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_DOCUMENT',
  'FILE_BUSY',
  'CONFLICT',
  'IO_ERROR',
  'UNSUPPORTED',
  'INTERNAL',
] as const;

export const ApiErrorSchema = z.object({
  code: z.enum(apiErrorCodes),
  message: z.string(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
export type ApiErrorCode = ApiError['code'];

export type ApiResponse<T> = { ok: true; result: T } | { ok: false; error: ApiError };

/** Thrown by host code; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

export const succeed = <T>(result: T): ApiResponse<T> => ({ ok: true, result });
export const fail = (code: ApiErrorCode, message: string): ApiResponse<never> => ({ ok: false, error: { code, message } });
