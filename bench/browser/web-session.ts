/**
 * One `gongwen web` server and one headless Debian Chromium shared by the in-browser figures,
 * started on first use with a throw-away workspace, and stopped when the bench ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { ApiName } from '../../core/api/contract.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
// Without the 60 Hz frame clock a frame is drawn as soon as there is something to draw, so keystroke-to-paint measures
// the app's own work rather than up to 16.7 ms of waiting for the next vsync.
const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu-vsync',
  '--disable-frame-rate-limit',
];

export interface WebSession {
  /** The app's address with its token. */
  url: string;
  browser: Browser;
  /** Calls the host API the way the browser client does. */
  call: (name: ApiName, ...args: unknown[]) => Promise<unknown>;
  newPage: () => Promise<Page>;
}

let started: Promise<WebSession> | null = null;
let server: ChildProcess | null = null;
let browser: Browser | null = null;

async function startServer(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-bench-'));
  const child = spawn(process.execPath, ['bin/gongwen.mjs', 'web', '--port', '0', '--workspace', path.join(root, 'workspace'), '--export-dir', path.join(root, 'exports')], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gongwen web 未在 180 秒内启动：\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`gongwen web 退出（${code}）：\n${output}`)));
  });
}

async function start(): Promise<WebSession> {
  const url = await startServer();
  const origin = new URL(url).origin;
  const token = new URLSearchParams(new URL(url).hash.slice(1)).get('token') ?? '';
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const call = async (name: ApiName, ...args: unknown[]) => {
    const response = await fetch(`${origin}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ args }),
    });
    const body = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error?.message ?? response.status}`);
    return body.result;
  };
  const shared = browser;
  return { url, browser: shared, call, newPage: () => shared.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } }) };
}

export const webSession = (): Promise<WebSession> => (started ??= start());

export async function closeWebSession(): Promise<void> {
  await browser?.close();
  server?.kill('SIGTERM');
  started = null;
}
