import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../core/api/errors.ts';
import { docxParagraphTexts } from '../tests/support/docx-parts.ts';
import { sampleNotice } from '../tests/support/sample-document.ts';
import { createHandlers } from './create-handlers.ts';
import { builtinPackDir, loadBuiltinPack } from './templates/builtin-pack.ts';

async function setUp(revealFile?: (file: string) => void, printToPdf?: () => Promise<Uint8Array>, print?: () => Promise<boolean>) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-host-'));
  const exportDir = path.join(root, '导出');
  return { exportDir, handlers: createHandlers({ version: '0.0.0', mode: 'web', workspaceDir: root, exportDir, templatesDir: builtinPackDir, revealFile, printToPdf, print }) };
}

describe('host handlers', () => {
  it('restores damaged settings at start, serves the restored ones and tells the renderer once', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-host-'));
    const deps = { version: '0.0.0', mode: 'web' as const, workspaceDir: root, exportDir: path.join(root, '导出'), templatesDir: builtinPackDir };
    const saved = await createHandlers(deps).setPreferences({ ...(await createHandlers(deps).getPreferences()), defaultSigners: ['王五'] });
    await writeFile(path.join(root, 'preferences.json'), '{"fontProf');

    const handlers = createHandlers(deps);
    expect(await handlers.getPreferences()).toEqual(saved);
    const notices = await handlers.takeRecoveryNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^设置文件已损坏，已从 .* 保存的副本恢复。/);
    expect(await handlers.takeRecoveryNotices()).toEqual([]);
  });

  it('exports into the export folder under a name made from the title', async () => {
    const { exportDir, handlers } = await setUp();
    const result = await handlers.exportDocx({ document: sampleNotice({ title: '关于/印发\n方案的通知' }) });
    expect(result.folder).toBe(exportDir);
    expect(result.fileName).toBe('关于_印发方案的通知.docx');
    const bytes = new Uint8Array(await readFile(result.path));
    expect(bytes.length).toBe(result.bytes);
    expect(docxParagraphTexts(bytes)).toContain('关于/印发');
  });

  it('never replaces an earlier export of the same title', async () => {
    const { handlers } = await setUp();
    const first = await handlers.exportDocx({ document: sampleNotice() });
    const second = await handlers.exportDocx({ document: sampleNotice() });
    expect(second.path).not.toBe(first.path);
    expect(second.fileName).toMatch(/（2）\.docx$/);
  });

  it('reveals only files it exported itself', async () => {
    const reveal = vi.fn();
    const { handlers } = await setUp(reveal);
    const { exportId, path: file } = await handlers.exportDocx({ document: sampleNotice() });
    expect(await handlers.revealExport({ exportId })).toEqual({ shown: true });
    expect(reveal).toHaveBeenCalledWith(file);
    await expect(handlers.revealExport({ exportId: '../../etc/passwd' })).rejects.toBeInstanceOf(AppError);
  });

  it('saves the printed preview as a PDF named after the title on the desktop', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 test');
    const { handlers } = await setUp(undefined, async () => pdf);
    expect(await handlers.getAppInfo()).toMatchObject({ canPrintToPdf: true });
    const result = await handlers.exportPdf({ title: '关于开展\n警示教育的通知' });
    expect(result.fileName).toBe('关于开展警示教育的通知.pdf');
    expect(new Uint8Array(await readFile(result.path))).toEqual(pdf);
  });

  it('tells browser users to print with Ctrl+P instead', async () => {
    const { handlers } = await setUp();
    expect(await handlers.getAppInfo()).toMatchObject({ canPrintToPdf: false });
    await expect(handlers.exportPdf({ title: '通知' })).rejects.toThrow(/Ctrl\+P/);
  });

  it('prints through the desktop host, saying whether the writer went through with it, and refuses in a browser', async () => {
    const print = vi.fn(async () => false);
    const desktop = await setUp(undefined, undefined, print);
    expect(await desktop.handlers.getAppInfo()).toMatchObject({ canPrint: true });
    expect(await desktop.handlers.printPages()).toEqual({ printed: false });
    expect(print).toHaveBeenCalledTimes(1);
    const browser = await setUp();
    expect(await browser.handlers.getAppInfo()).toMatchObject({ canPrint: false });
    await expect(browser.handlers.printPages()).rejects.toThrow(/浏览器/);
  });

  it('lists the built-in templates and makes a complete draft from one with its sample data', async () => {
    const { handlers } = await setUp();
    const { templates, problems } = await handlers.listTemplates();
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.id)).toContain('jijian-jiancha-jianyi');
    const { document, issues } = await handlers.newFromTemplate({ id: 'jijian-jiancha-jianyi', today: '2024-12-05' });
    expect(issues).toEqual([]);
    expect(document.title).toContain('纪检监察建议');
    await expect(handlers.newFromTemplate({ id: '__proto__', today: '2024-12-05' })).rejects.toThrow('没有编号为“__proto__”的模板');
  });

  it('reports that files cannot be revealed where there is no desktop', async () => {
    const { handlers } = await setUp();
    expect(await handlers.getAppInfo()).toMatchObject({ canRevealFiles: false });
    const { exportId } = await handlers.exportDocx({ document: sampleNotice() });
    expect(await handlers.revealExport({ exportId })).toEqual({ shown: false });
  });
});

describe('refreshing values from a re-imported ledger', () => {
  const csv = (columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]) =>
    Buffer.from(`\uFEFF${[columns, ...rows].map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`, 'utf8').toString('base64');

  it('lists the values a changed ledger would change, with reasons, and applies nothing', async () => {
    const { handlers } = await setUp();
    const { document } = await handlers.newFromTemplate({ id: 'jijian-jiancha-jianyi', today: '2024-12-05' });
    const { templates } = await loadBuiltinPack();
    const sample = templates.find((t) => t.id === 'jijian-jiancha-jianyi')!.sample.datasets.find((d) => d.name === '问题清单')!;
    const added = [...sample.rows, sample.rows[0]!.map((cell, i) => (i === 0 ? sample.rows.length + 1 : cell))];
    const result = await handlers.refreshFromLedger({
      templateId: 'jijian-jiancha-jianyi',
      document,
      today: '2024-12-05',
      file: { name: '问题清单（新）.csv', base64: csv(sample.columns, added) },
    });
    expect(result.dataset).toBe('问题清单');
    expect(result.mapping.length).toBeGreaterThan(0);
    const count = result.changes.find((change) => change.key === '问题个数');
    expect(count).toMatchObject({ oldValue: '3', newValue: '4' });
    expect(count?.reason).toContain('问题清单');
    // The new row also gets its paragraph in both repeats over the list and a row in the attachment table.
    expect(result.changes.filter((change) => change.structure?.kind === 'insertBlocks').map((change) => change.reason)).toEqual([
      expect.stringMatching(/^台账“问题清单”新增：第 \d+ 行（问题类别“.+），将插入一段$/),
      expect.stringMatching(/^台账“问题清单”新增：第 \d+ 行（建议要点“.+），将插入一段$/),
    ]);
    expect(result.changes.filter((change) => change.structure?.kind === 'insertRow')).toHaveLength(1);
  });

  it('names the missing columns when the ledger does not fit the template', async () => {
    const { handlers } = await setUp();
    const { document } = await handlers.newFromTemplate({ id: 'jijian-jiancha-jianyi', today: '2024-12-05' });
    await expect(
      handlers.refreshFromLedger({ templateId: 'jijian-jiancha-jianyi', document, today: '2024-12-05', file: { name: '别的表.csv', base64: csv(['甲', '乙'], [['1', '2']]) } }),
    ).rejects.toThrow(/别的表\.csv/);
  });
});

describe('drafts in the workspace', () => {
  it('creates, autosaves and reads back drafts, also after a restart, and refuses a stale save', async () => {
    const { handlers, exportDir } = await setUp();
    const root = path.dirname(exportDir);
    const meta = await handlers.createDraft({ document: sampleNotice(), templateId: null });
    expect(meta.revision).toBe(1);
    const saved = await handlers.saveDraft({ id: meta.id, document: sampleNotice({ title: '关于修改后的通知' }), expectedRevision: 1 });
    expect(saved.revision).toBe(2);
    await expect(handlers.saveDraft({ id: meta.id, document: sampleNotice(), expectedRevision: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });

    const restarted = createHandlers({ version: '0.0.0', mode: 'web', workspaceDir: root, exportDir, templatesDir: builtinPackDir });
    expect((await restarted.listDrafts()).map((d) => d.title)).toEqual(['关于修改后的通知']);
    expect((await restarted.getDraft({ id: meta.id })).document.title).toBe('关于修改后的通知');
  });
});
