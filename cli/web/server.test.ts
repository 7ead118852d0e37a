import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../host/api/dispatch.ts';
import { startWebServer, type RunningWebServer } from './server.ts';

let server: RunningWebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-web-'));
  const staticDir = path.join(root, 'site');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>公文工作台</title>');
  await writeFile(path.join(root, 'secret.txt'), 'secret');
  const dispatch = vi.fn<Dispatch>(async (name) => ({ ok: true, result: name }));
  server = await startWebServer({ dispatch, staticDir, token: 'right-token', port: 0 });
  return { dispatch, port: server.port };
}

function request(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (token?: string) => ({
  path: '/api/getAppInfo',
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
  body: JSON.stringify({ args: [] }),
});

describe('gongwen web server', () => {
  it('listens on the loopback address only and prints the token in the fragment', async () => {
    await start();
    expect(server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=right-token$/);
  });

  it('answers API calls that carry the token', async () => {
    const { port, dispatch } = await start();
    const response = await request(port, call('right-token'));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, result: 'getAppInfo' });
    expect(dispatch).toHaveBeenCalledWith('getAppInfo', []);
  });

  it.each([
    ['no token', undefined],
    ['a wrong token', 'wrong-token'],
    ['a token of another length', 'right-token-but-longer'],
    ['an empty token', ''],
  ])('refuses %s with 401 and runs nothing', async (_label, token) => {
    const { port, dispatch } = await start();
    const response = await request(port, call(token));
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body).error.message).toContain('令牌');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { port, dispatch } = await start();
    const response = await request(port, { ...call('right-token'), headers: { ...call('right-token').headers, Host: `evil.example:${port}` } });
    expect(response.status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('serves the renderer with the CSP header and nothing outside its folder', async () => {
    const { port } = await start();
    const page = await request(port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('公文工作台');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    for (const probe of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const response = await request(port, { path: probe });
      expect(response.status, probe).toBe(404);
      expect(response.body).not.toContain('secret');
    }
  });

  it('rejects malformed JSON bodies with a Chinese message', async () => {
    const { port, dispatch } = await start();
    const response = await request(port, { ...call('right-token'), body: '{not json' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error.message).toContain('JSON');
    expect(dispatch).not.toHaveBeenCalled();
  });
});
