/**
 * The single entry for every API call, whatever the transport: checks the call name,
 * parses the arguments against the contract, runs the handler and returns an envelope.
 * Handlers never see unvalidated input; callers never see a stack trace.
 */
import { apiContract, isApiName, type ApiHandlers } from '../../core/api/contract.ts';
import { AppError, fail, succeed, type ApiResponse } from '../../core/api/errors.ts';
import { describeIssues } from '../../core/validation/zod.ts';

export type Dispatch = (name: string, args: unknown) => Promise<ApiResponse<unknown>>;

export function createDispatch(handlers: ApiHandlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (name, args) => {
    if (!isApiName(name)) return fail('UNKNOWN_CALL', `未知的调用：${name.slice(0, 80)}`);
    const spec = apiContract[name];
    const parsed = spec.args.safeParse(args);
    if (!parsed.success) return fail('BAD_ARGUMENTS', `调用“${name}”的参数不正确：\n${describeIssues(parsed.error, '参数')}`);
    try {
      const handler = handlers[name] as (...a: unknown[]) => Promise<unknown>;
      const result = await handler(...(parsed.data as unknown[]));
      return succeed(spec.result.parse(result));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      log(error);
      return fail('INTERNAL', `内部错误（${name}）：${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
