/**
 * Builds the Electron main and preload bundles exactly as `npm run build:electron` does and
 * runs main under plain Node with a stand-in `electron`, to check what the shipped bundle
 * registers and refuses — the closest this machine can get without the Electron binary.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiNames, channelFor } from '../../core/api/contract.ts';

const root = path.resolve(import.meta.dirname, '../..');
let report: Record<string, unknown>;
let exportDir = '';

beforeAll(() => {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  for (const config of ['vite.main.config.ts', 'vite.preload.config.ts']) {
    execFileSync(process.execPath, [vite, 'build', '--config', config, '--mode', 'standalone', '--logLevel', 'error'], { cwd: root });
  }
  exportDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-smoke-'));
  const pack = JSON.parse(readFileSync(path.join(root, 'templates/builtin/jijian-jiancha-jianyi.json'), 'utf8')) as { sample: { datasets: { name: string; columns: string[]; rows: unknown[][] }[] } };
  const sample = pack.sample.datasets.find((d) => d.name === '问题清单')!;
  const csv = [sample.columns, ...sample.rows.slice(0, 2)].map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n');
  const env = { ...process.env, GONGWEN_EXPORT_DIR: exportDir, GONGWEN_WORKSPACE: path.join(exportDir, 'workspace'), SMOKE_LEDGER_BASE64: Buffer.from(csv, 'utf8').toString('base64') };
  const output = execFileSync(process.execPath, ['-r', './tests/smoke/fake-electron.cjs', '.vite/build/main.cjs'], { cwd: root, encoding: 'utf8', env });
  const line = output.split('\n').find((l) => l.startsWith('SMOKE '));
  report = JSON.parse(line?.slice('SMOKE '.length) ?? '{}') as Record<string, unknown>;
}, 120_000);

describe('built Electron main', () => {
  it('registers one IPC handler per contract call', () => {
    expect(report.channels).toEqual(apiNames.map(channelFor).sort());
  });

  it('opens the renderer from the packaged files in a hardened window', () => {
    expect(report.url).toMatch(/^file:\/\/.*\/renderer\/main_window\/index\.html$/);
    expect(report.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('finds the built-in templates from the app folder', () => {
    const templates = report.templates as { ok: boolean; result: { templates: { id: string }[]; problems: string[] } };
    expect(templates.ok).toBe(true);
    expect(templates.result.problems).toEqual([]);
    expect(templates.result.templates.length).toBeGreaterThan(10);
  });

  it('parses a re-imported ledger in the bundled worker (data-worker.cjs beside main.cjs)', () => {
    expect(report.refresh, JSON.stringify(report.refresh).slice(0, 600)).toMatchObject({ ok: true, result: { dataset: '问题清单', changes: expect.arrayContaining([expect.objectContaining({ key: '问题个数', oldValue: '3', newValue: '2' })]) } });
  });

  it('keeps drafts in the SQLite workspace, with better-sqlite3 loaded from outside the bundle', () => {
    expect(report.drafts).toMatchObject({ ok: true, result: [expect.objectContaining({ templateId: 'tongzhi', revision: 1 })] });
  });

  it('answers our own window and refuses a foreign frame', () => {
    expect(report.own).toMatchObject({ ok: true, result: { mode: 'desktop' } });
    expect(report.foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('prints the preview to an A4 PDF without margins and saves it in the export folder', () => {
    const pdf = report.pdf as { ok: boolean; result: { path: string; folder: string } };
    expect(pdf).toMatchObject({ ok: true, result: { folder: exportDir, fileName: '冒烟测试.pdf' } });
    const written = readFileSync(pdf.result.path, 'utf8');
    expect(written).toContain('"pageSize":"A4"');
    expect(written).toContain('"preferCSSPageSize":true');
  });

  it('prints the pages through the system print dialog on A4 without margins', () => {
    expect(report.own).toMatchObject({ ok: true, result: { canPrint: true } });
    expect(report.print).toEqual({ ok: true, result: { printed: true } });
    expect(report.printOptions).toMatchObject({ pageSize: 'A4', printBackground: true, margins: { marginType: 'none' } });
  });

  it('sets the CSP, denies permissions, navigation away and new windows', () => {
    expect(report.csp).toContain("script-src 'self'");
    expect(report.permissionGranted).toBe(false);
    expect(report.navigationPrevented).toBe(true);
    expect(report.windowOpen).toEqual({ action: 'deny' });
  });
});
