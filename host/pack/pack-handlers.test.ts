import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeGoodPack, testPackId, testTemplate } from '../../tests/fixtures/packs/make-bad-packs.ts';
import { AppError } from '../../core/api/errors.ts';
import { createHandlers } from '../create-handlers.ts';
import { generateSigningKey } from './pack-signing.ts';
import { builtinPackDir } from '../templates/builtin-pack.ts';

async function setUp() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-pack-api-'));
  const start = () => createHandlers({ version: '3.1.0', mode: 'web', workspaceDir: root, exportDir: path.join(root, '导出'), templatesDir: builtinPackDir });
  return { root, handlers: start(), restart: start };
}

const file = (bytes: Uint8Array, name = '县纪委.gwpack') => ({ name, base64: Buffer.from(bytes).toString('base64') });

describe('pack calls', () => {
  it('checks a pack without installing it, and reports a bad one as unsound with the entry named', async () => {
    const { handlers } = await setUp();
    const report = await handlers.verifyPack({ file: file(makeGoodPack()) });
    expect(report).toMatchObject({ sound: true, problems: [], installedVersion: null, pack: { id: testPackId, version: '1.0.0', templates: [{ id: 'xian-tongzhi' }], units: 1 } });
    expect(report.warnings[0]).toContain('没有签名');
    expect((await handlers.listPacks()).packs).toEqual([]);
    const bad = await handlers.verifyPack({ file: file(new TextEncoder().encode('不是压缩包'), '坏.gwpack') });
    expect(bad).toMatchObject({ sound: false, pack: null, problems: ['“坏.gwpack”不是有效的模板包：不是 zip 压缩包，或文件不完整'] });
  });

  it('offers an installed pack’s templates and phrases; drafts record the pack version and still open after an upgrade', async () => {
    const { handlers, restart } = await setUp();
    await expect(handlers.installPack({ file: file(makeGoodPack()), acceptUnsigned: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const installed = await handlers.installPack({ file: file(makeGoodPack()), acceptUnsigned: true });
    expect(installed.pack).toMatchObject({ id: testPackId, version: '1.0.0', previousVersion: null, signature: { status: 'unsigned' } });
    expect((await handlers.listTemplates()).templates.map((t) => t.id)).toContain('xian-tongzhi');
    const { phrases } = await handlers.listPhrases({ templateId: null });
    expect(phrases).toContainEqual(expect.objectContaining({ text: '请认真贯彻落实。', category: '县纪委常用语' }));

    const { document } = await handlers.newFromTemplate({ id: 'xian-tongzhi', today: '2026-03-05' });
    const draft = await handlers.createDraft({ document, templateId: 'xian-tongzhi' });
    expect(draft).toMatchObject({ templateId: 'xian-tongzhi', packId: testPackId, packVersion: '1.0.0' });
    const builtinDraft = await handlers.createDraft({ document: (await handlers.newFromTemplate({ id: 'tongzhi', today: '2026-03-05' })).document, templateId: 'tongzhi' });
    expect(builtinDraft).toMatchObject({ packId: 'gongwen.builtin', packVersion: '3.1.0' });

    const upgraded = await handlers.installPack({
      file: file(makeGoodPack({ version: '1.1.0', template: testTemplate('xian-tongzhi', '关于开展第二轮专项检查的通知') })),
      acceptUnsigned: true,
    });
    expect(upgraded.pack).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0' });
    const after = restart();
    expect((await after.getDraft({ id: draft.id })).document).toEqual(document);
    expect(await after.getDraft({ id: draft.id })).toMatchObject({ packVersion: '1.0.0' });
    expect((await after.newFromTemplate({ id: 'xian-tongzhi', today: '2026-03-05' })).document.title).toBe('关于开展第二轮专项检查的通知');

    expect(await after.rollbackPack({ id: testPackId })).toMatchObject({ version: '1.0.0', previousVersion: '1.1.0' });
    expect((await after.newFromTemplate({ id: 'xian-tongzhi', today: '2026-03-05' })).document.title).toBe('关于开展专项检查的通知');
  });

  it('exports chosen templates with the writer’s phrases and units as a signed pack another workspace trusts', async () => {
    const { handlers } = await setUp();
    await handlers.setPreferences({ ...(await handlers.getPreferences()), units: [{ name: '县审计局', short: '你局', category: '县直单位' }] });
    await handlers.savePhrase({ title: '回访', category: '整改', text: '我委将适时开展整改“回头看”。' });
    const key = await handlers.getSigningKey({ create: true });
    expect(key?.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await handlers.getSigningKey({ create: false })).toEqual(key);
    const request = {
      id: 'xian.jw',
      name: '县纪委模板包',
      version: '1.0.0',
      publisher: '某县纪委办公室',
      created: '2026-03-05',
      templateIds: ['qingshi', 'jiancha-jianyi'],
      includePhrases: true,
      includeUnits: true,
      includeLetterhead: false,
      sign: true,
    };
    const exported = await handlers.exportPack(request);
    expect(exported.fileName).toBe('县纪委模板包-1.0.0.gwpack');
    const bytes = await readFile(exported.path);
    expect((await readFile((await handlers.exportPack(request)).path)).equals(bytes)).toBe(true);

    const other = await setUp();
    await other.handlers.trustPublisher({ name: '某县纪委', publicKey: key!.publicKey });
    const report = await other.handlers.verifyPack({ file: file(bytes) });
    expect(report).toMatchObject({
      sound: true,
      warnings: [],
      pack: { signature: { status: 'trusted', trustedAs: '某县纪委' }, units: 1, phraseBooks: [{ name: '某县纪委办公室常用语', phrases: 1 }] },
    });
    expect(report.pack?.templates.map((t) => t.id)).toEqual(['jiancha-jianyi', 'qingshi']);
    expect(report.pack?.laws).toContain('《中华人民共和国监察法》');
  });

  it('lets an office pack replace a built-in template with its own wording', async () => {
    const { handlers } = await setUp();
    await handlers.installPack({ file: file(makeGoodPack({ template: testTemplate('tongzhi', '关于县纪委自己的通知') })), acceptUnsigned: true });
    const { templates, problems } = await handlers.listTemplates();
    expect(problems).toEqual([]);
    expect(templates.filter((t) => t.id === 'tongzhi')).toHaveLength(1);
    const { document } = await handlers.newFromTemplate({ id: 'tongzhi', today: '2026-03-05' });
    expect(document.title).toBe('关于县纪委自己的通知');
    expect(await handlers.createDraft({ document, templateId: 'tongzhi' })).toMatchObject({ packId: testPackId, packVersion: '1.0.0' });
  });

  it('keeps a list of trusted publishers with their key ids', async () => {
    const { handlers } = await setUp();
    const publicKey = generateSigningKey().publicKey;
    expect(await handlers.trustPublisher({ name: '某市纪委办公室', publicKey })).toEqual([{ name: '某市纪委办公室', publicKey, keyId: expect.stringMatching(/^[0-9a-f]{16}$/) }]);
    expect(await handlers.trustPublisher({ name: '某市纪委', publicKey })).toMatchObject([{ name: '某市纪委' }]);
    expect(await handlers.distrustPublisher({ publicKey })).toEqual([]);
    expect(await handlers.listTrustedPublishers()).toEqual([]);
  });

  it('refuses to export a template that does not exist, naming it', async () => {
    const { handlers } = await setUp();
    const request = {
      id: 'xian.jw',
      name: '县纪委模板包',
      version: '1.0.0',
      publisher: '某县纪委',
      created: '2026-03-05',
      templateIds: ['no-such'],
      includePhrases: false,
      includeUnits: false,
      includeLetterhead: false,
      sign: false,
    };
    await expect(handlers.exportPack(request)).rejects.toEqual(new AppError('NOT_FOUND', '没有编号为“no-such”的模板。'));
  });
});
