import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeGoodPack, testPackId, testTemplate } from '../../tests/fixtures/packs/make-bad-packs.ts';
import { PreferencesSchema, defaultPreferences } from '../../core/api/preferences.ts';
import { encodePackIndex, packIndexFileName, type PackIndex } from '../../core/pack/pack-index.ts';
import { createHandlers } from '../create-handlers.ts';
import { builtinPackDir } from '../templates/builtin-pack.ts';
import { packsDir } from './pack-store.ts';
import { sha256Hex } from './read-pack.ts';
import { createPackService } from './pack-service.ts';
import { createSourceService } from './source-service.ts';
import { createTemplateService } from '../templates/template-service.ts';
import { writePackIndex } from './write-pack-index.ts';

const temp = (name: string) => mkdtemp(path.join(os.tmpdir(), `gongwen-${name}-`));

async function workspace(packSource: string) {
  const root = await temp('source-ws');
  const handlers = createHandlers({ version: '3.1.0', mode: 'web', workspaceDir: root, exportDir: path.join(root, '导出'), templatesDir: builtinPackDir });
  await handlers.setPreferences({ ...defaultPreferences, packSource });
  return { root, handlers };
}

/** A shared folder holding the test pack in 1.0.0 and 1.1.0 and another pack, with or without an index. */
async function sharedFolder(indexed: boolean) {
  const folder = await temp('shared');
  await writeFile(path.join(folder, '县纪委模板包-1.0.0.gwpack'), makeGoodPack());
  await writeFile(path.join(folder, '县纪委模板包-1.1.0.gwpack'), makeGoodPack({ version: '1.1.0', template: testTemplate('xian-tongzhi', '关于开展第二轮专项检查的通知') }));
  await writeFile(path.join(folder, '乡镇模板包.gwpack'), makeGoodPack({ id: 'town.jw', template: testTemplate('town-tongzhi') }));
  if (indexed) await writePackIndex(folder, '2026-03-01');
  return folder;
}

const servers: Server[] = [];
const stop = (server: Server | undefined) =>
  new Promise((resolve) => {
    server?.closeAllConnections();
    server ? server.close(resolve) : resolve(undefined);
  });
afterEach(async () => {
  await Promise.all(servers.splice(0).map(stop));
});

/** Serves a folder over http like an intranet web server; `slow` answers nothing, to test the timeout. */
async function serve(folder: string, options: { slow?: boolean; lie?: (file: string, bytes: Buffer) => Buffer } = {}): Promise<string> {
  const server = createServer(async (request, response) => {
    if (options.slow) return;
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/packs\//, ''));
    try {
      const bytes = await readFile(path.join(folder, path.basename(name)));
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(options.lie ? options.lie(name, bytes) : bytes);
    } catch {
      response.writeHead(404).end();
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/packs/`;
}

describe('shared pack source', () => {
  it('lists a folder by its index, marks new and newer packs, and installs and upgrades from it', async () => {
    const folder = await sharedFolder(true);
    const index = JSON.parse(await readFile(path.join(folder, packIndexFileName), 'utf8')) as PackIndex;
    expect(index.packs.map((entry) => [entry.id, entry.version, entry.file])).toEqual([
      [testPackId, '1.1.0', '县纪委模板包-1.1.0.gwpack'],
      ['town.jw', '1.0.0', '乡镇模板包.gwpack'],
    ]);
    const { handlers } = await workspace(folder);
    await handlers.installPack({ file: { name: '旧.gwpack', base64: makeGoodPack().toString('base64') }, acceptUnsigned: true });
    const listing = await handlers.listSourcePacks();
    expect(listing).toMatchObject({ location: folder, kind: 'folder', indexed: true, problems: [] });
    expect(listing.packs.map((pack) => [pack.id, pack.state, pack.installedVersion])).toEqual([
      [testPackId, 'newer', '1.0.0'],
      ['town.jw', 'new', null],
    ]);
    await expect(handlers.installSourcePack({ id: 'town.jw', acceptUnsigned: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const upgraded = await handlers.installSourcePack({ id: testPackId, acceptUnsigned: true });
    expect(upgraded.pack).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0' });
    expect((await handlers.newFromTemplate({ id: 'xian-tongzhi', today: '2026-03-05' })).document.title).toBe('关于开展第二轮专项检查的通知');
    expect((await handlers.listSourcePacks()).packs[0]).toMatchObject({ id: testPackId, state: 'installed' });
  });

  it('reads a folder without an index from each pack’s manifest, offering the newest version and naming a broken file', async () => {
    const folder = await sharedFolder(false);
    await writeFile(path.join(folder, '坏的.gwpack'), '不是压缩包');
    const { handlers } = await workspace(folder);
    const listing = await handlers.listSourcePacks();
    expect(listing).toMatchObject({ indexed: false, problems: [expect.stringContaining('“坏的.gwpack”')] });
    expect(listing.packs.map((pack) => [pack.id, pack.version, pack.state])).toEqual([
      [testPackId, '1.1.0', 'new'],
      ['town.jw', '1.0.0', 'new'],
    ]);
    expect((await handlers.installSourcePack({ id: 'town.jw', acceptUnsigned: true })).pack).toMatchObject({ id: 'town.jw', version: '1.0.0' });
  });

  it('refuses a pack whose bytes do not match the index, and one whose manifest is not the pack the index names; nothing is installed', async () => {
    const folder = await sharedFolder(true);
    const file = path.join(folder, '县纪委模板包-1.1.0.gwpack');
    const bytes = await readFile(file);
    const { root, handlers } = await workspace(folder);
    await writeFile(file, Buffer.concat([bytes.subarray(0, 100), Buffer.from([bytes[100]! ^ 1]), bytes.subarray(101)]));
    await expect(handlers.installSourcePack({ id: testPackId, acceptUnsigned: true })).rejects.toThrow('“县纪委模板包-1.1.0.gwpack”的 SHA-256 与索引 gwpack-index.json 不符');
    await writeFile(file, Buffer.concat([bytes, Buffer.from('尾巴')]));
    await expect(handlers.installSourcePack({ id: testPackId, acceptUnsigned: true })).rejects.toThrow('超过索引写的');
    await writeFile(file, bytes.subarray(0, 200));
    await expect(handlers.installSourcePack({ id: testPackId, acceptUnsigned: true })).rejects.toThrow('尚未复制完整');
    // The index names the town pack's file for the county pack, with the right hash: the manifest gives it away.
    const other = await readFile(path.join(folder, '乡镇模板包.gwpack'));
    const index: PackIndex = {
      formatVersion: 1,
      generated: '2026-03-01',
      packs: [{ id: testPackId, name: '县纪委模板包', version: '1.1.0', publisher: '某县纪委办公室', file: '乡镇模板包.gwpack', size: other.length, sha256: sha256Hex(other) }],
    };
    await writeFile(path.join(folder, packIndexFileName), encodePackIndex(index));
    await expect(handlers.installSourcePack({ id: testPackId, acceptUnsigned: true })).rejects.toThrow('与共享来源索引写的“test-county.jw”1.1.0 不符');
    expect((await handlers.listPacks()).packs).toEqual([]);
    expect(await readdir(packsDir(root)).catch(() => [])).not.toContain('installed');
  });

  it('refuses a hostile index, naming the entry', async () => {
    const folder = await temp('shared');
    const { handlers } = await workspace(folder);
    const entry = { id: testPackId, name: '包', version: '1.0.0', publisher: '某', file: '../../etc/passwd.gwpack', size: 10, sha256: 'a'.repeat(64) };
    await writeFile(path.join(folder, packIndexFileName), JSON.stringify({ formatVersion: 1, generated: '2026-03-01', packs: [entry] }));
    await expect(handlers.listSourcePacks()).rejects.toThrow(/gwpack-index\.json”内容不正确[\s\S]*packs[\s\S]*file/);
    await writeFile(path.join(folder, packIndexFileName), '{"formatVersion":1,"generated":"2026-03-01","packs":[],"__proto__":{"x":1}}');
    await expect(handlers.listSourcePacks()).rejects.toThrow('__proto__');
  });

  it('reports an unset, malformed or unreachable folder in Chinese and changes nothing', async () => {
    const { handlers: unset } = await workspace('');
    await expect(unset.listSourcePacks()).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('还没有设置共享来源') });
    expect(PreferencesSchema.safeParse({ ...defaultPreferences, packSource: 'ftp://服务器/模板包' }).error?.issues[0]?.message).toContain('只能以 http:// 或 https:// 开头');
    const missing = path.join(os.tmpdir(), 'gongwen-没有这个共享文件夹');
    const { root, handlers } = await workspace(missing);
    await expect(handlers.listSourcePacks()).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining(`无法读取共享来源“${missing}”：文件夹不存在，或网络位置当前不可达`) });
    await expect(handlers.installSourcePack({ id: testPackId, acceptUnsigned: true })).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect(await readdir(root)).not.toContain('packs');
  });

  it('lists and installs over http from an intranet address, checking the download against the index', async () => {
    const folder = await sharedFolder(true);
    const { handlers } = await workspace(await serve(folder));
    const listing = await handlers.listSourcePacks();
    expect(listing).toMatchObject({ kind: 'web', indexed: true, location: expect.stringMatching(/\/packs\/gwpack-index\.json$/) });
    expect(listing.packs.map((pack) => pack.id)).toEqual([testPackId, 'town.jw']);
    expect((await handlers.installSourcePack({ id: 'town.jw', acceptUnsigned: true })).pack).toMatchObject({ id: 'town.jw' });

    const tampered = await workspace(await serve(folder, { lie: (name, bytes) => (name.endsWith('.gwpack') ? Buffer.concat([bytes, bytes]) : bytes) }));
    await expect(tampered.handlers.installSourcePack({ id: testPackId, acceptUnsigned: true })).rejects.toThrow('超过索引写的');
    expect((await tampered.handlers.listPacks()).packs).toEqual([]);
  });

  it('gives up on a web source that does not answer, refuses the connection or has no index', async () => {
    const folder = await sharedFolder(true);
    const packs = (workspaceDir: string) => {
      const templates = createTemplateService(builtinPackDir, {});
      return createPackService({ workspaceDir, templates });
    };
    const slowUrl = await serve(folder, { slow: true });
    const slow = createSourceService({ packs: packs(await temp('ws')), setting: async () => slowUrl, timeoutMs: 300 });
    await expect(slow.list()).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('1 秒内没有答复') });

    const closed = await serve(folder);
    await stop(servers.pop());
    const refused = createSourceService({ packs: packs(await temp('ws')), setting: async () => closed });
    await expect(refused.list()).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('服务器拒绝连接') });

    const empty = await temp('shared');
    await mkdir(path.join(empty, 'sub'));
    await copyFile(path.join(folder, '乡镇模板包.gwpack'), path.join(empty, 'sub', '乡镇模板包.gwpack'));
    const emptyUrl = await serve(empty);
    const noIndex = createSourceService({ packs: packs(await temp('ws')), setting: async () => emptyUrl });
    await expect(noIndex.list()).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('答复 404') });
  });
});
