/** Calls `window.api` and unwraps the envelope, so components handle one typed error. */
import type { ApiArgs, ApiName, ApiResult } from '../../../core/api/contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';

export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
  }
}

export async function callApi<N extends ApiName>(name: N, ...args: ApiArgs<N>): Promise<ApiResult<N>> {
  const call = window.api[name] as (...a: ApiArgs<N>) => Promise<{ ok: true; result: ApiResult<N> } | { ok: false; error: ApiError }>;
  const response = await call(...args);
  if (!response.ok) throw new ApiCallError(response.error);
  return response.result;
}
