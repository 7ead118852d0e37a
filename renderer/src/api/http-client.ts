/**
 * `window.api` for browser mode (`gongwen web`): the same calls as POST /api/<name> on the
 * loopback server. The per-start token arrives in the URL fragment (never sent to the
 * server in a request line), is kept for this tab only and removed from the address bar.
 */
import { apiNames, httpPathFor, type AppApi } from '../../../core/api/contract.ts';
import type { ApiResponse } from '../../../core/api/errors.ts';

const tokenKey = 'gongwen.token';

function takeToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(tokenKey, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

export function createHttpApi(): AppApi {
  const token = takeToken();
  const invoke = async (name: (typeof apiNames)[number], args: unknown[]): Promise<ApiResponse<unknown>> => {
    let response: Response;
    try {
      response = await fetch(httpPathFor(name), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ args }),
      });
    } catch {
      return { ok: false, error: { code: 'IO_ERROR', message: '无法连接本机服务，请确认 gongwen web 仍在运行。' } };
    }
    if (response.status === 401) {
      return { ok: false, error: { code: 'FORBIDDEN', message: '访问令牌无效：请使用 gongwen web 启动时打印的完整地址打开本页。' } };
    }
    return (await response.json()) as ApiResponse<unknown>;
  };
  return Object.fromEntries(apiNames.map((name) => [name, (...args: unknown[]) => invoke(name, args)])) as AppApi;
}
