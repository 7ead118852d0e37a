/**
 * The Electronegativity gate: the app's shell and renderer have no finding beyond the reviewed
 * allow-list, and the gate does fail when insecure window options appear.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewedFindings } from '../../tools/security/electronegativity-allowlist.ts';
import { scanFolder, stageSources, stale, unreviewed, type ScanResult } from '../../tools/security/electronegativity.ts';

const staged = mkdtempSync(path.join(os.tmpdir(), 'gongwen-eng-test-'));
let app: ScanResult;

beforeAll(async () => {
  stageSources(staged);
  app = await scanFolder(staged);
}, 120_000);

afterAll(() => rmSync(staged, { recursive: true, force: true }));

describe('Electronegativity over electron/ and renderer/', () => {
  it('reads every file', () => {
    expect(app.unreadable).toEqual([]);
  });

  it('finds nothing that is not on the reviewed allow-list', () => {
    expect(unreviewed(app.findings)).toEqual([]);
  });

  it('keeps no allow-list entry that no longer matches a finding', () => {
    expect(stale(app.findings)).toEqual([]);
  });

  it('gives every allow-list entry a reason', () => {
    for (const entry of reviewedFindings) expect(entry.reason.length, `${entry.rule} ${entry.file}`).toBeGreaterThan(40);
  });

  it('fails on a window that turns isolation and the sandbox off', async () => {
    writeFileSync(
      path.join(staged, 'electron/main/careless-window.ts'),
      "import { BrowserWindow } from 'electron';\nexport const careless = () => new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
    );
    const rules = unreviewed((await scanFolder(staged)).findings).map((finding) => `${finding.rule} ${finding.file}`);
    expect(rules).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK electron/main/careless-window.ts', 'SANDBOX_JS_CHECK electron/main/careless-window.ts']));
  }, 120_000);
});
