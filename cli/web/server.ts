/**
 * `gongwen web`: the renderer and the API on 127.0.0.1 only. Every API request must carry
 * the token made at start (`Authorization: Bearer …`); the Host header must name the
 * loopback address, so a web page elsewhere cannot reach the API by DNS rebinding.
 */
import { timingSafeEqual } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentSecurityPolicy } from '../../core/app/content-security-policy.ts';
import type { Dispatch } from '../../host/api/dispatch.ts';

export interface WebServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  token: string;
  port?: number;
}

export interface RunningWebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const maxBodyBytes = 64 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const expected = Buffer.from(`Bearer ${options.token}`);
  const staticRoot = await realpath(options.staticDir);
  let port = 0;

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'INTERNAL', message: `服务器内部错误：${String(error)}` } });
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!isLoopbackHost(request.headers.host, port)) {
      sendText(response, 403, '只接受来自本机地址的访问。');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      await handleApi(request, response, url.pathname.slice('/api/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, '不支持的请求方法。');
      return;
    }
    await serveStatic(response, url.pathname);
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, name: string): Promise<void> {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      request.resume();
      sendJson(response, 401, { ok: false, error: { code: 'FORBIDDEN', message: '缺少或错误的访问令牌。' } });
      return;
    }
    if (request.method !== 'POST') {
      sendJson(response, 405, { ok: false, error: { code: 'BAD_ARGUMENTS', message: '接口只接受 POST 请求。' } });
      return;
    }
    const body = await readBody(request);
    if (body === null) {
      sendJson(response, 413, { ok: false, error: { code: 'BAD_ARGUMENTS', message: `请求过大（上限 ${maxBodyBytes / 1024 / 1024} MB）。` } });
      return;
    }
    let args: unknown;
    try {
      const parsed = JSON.parse(body) as unknown;
      args = typeof parsed === 'object' && parsed !== null && 'args' in parsed ? parsed.args : undefined;
    } catch {
      sendJson(response, 400, { ok: false, error: { code: 'BAD_ARGUMENTS', message: '请求内容不是有效的 JSON。' } });
      return;
    }
    sendJson(response, 200, await options.dispatch(decodeURIComponent(name), args));
  }

  async function serveStatic(response: http.ServerResponse, pathname: string): Promise<void> {
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    const file = path.resolve(staticRoot, `.${relative}`);
    if (!file.startsWith(staticRoot + path.sep)) {
      sendText(response, 404, '未找到。');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const bytes = await readFile(file);
      response.writeHead(200, { ...securityHeaders, 'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      response.end(bytes);
    } catch {
      sendText(response, 404, '未找到。');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function readBody(request: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > maxBodyBytes ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: http.ServerResponse, status: number, payload: unknown): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(payload));
}

function sendText(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
