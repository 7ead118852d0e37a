import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../create-handlers.ts';
import { builtinPackDir } from '../templates/builtin-pack.ts';

async function setUp() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-phrases-'));
  const start = () => createHandlers({ version: '0.0.0', mode: 'web', workspaceDir: root, exportDir: path.join(root, '导出'), templatesDir: builtinPackDir });
  return { handlers: start(), restart: start };
}

describe('phrase calls', () => {
  it('offers the draft’s template snippets first, then the writer’s own, then the rest of the pack', async () => {
    const { handlers } = await setUp();
    await handlers.savePhrase({ title: '我的落款提醒', category: '', text: '（此件公开发布）' });
    const { phrases, problems } = await handlers.listPhrases({ templateId: 'qingshi' });
    expect(problems).toEqual([]);
    expect(phrases[0]).toMatchObject({ category: '请示', origin: 'template', text: '妥否，请批示。' });
    const ownAt = phrases.findIndex((p) => p.origin === 'user');
    expect(phrases.slice(0, ownAt).every((p) => p.templateId === 'qingshi')).toBe(true);
    expect(phrases.slice(ownAt + 1).some((p) => p.text === '同志们：')).toBe(true);
  });

  it('every built-in template family offers daily boilerplate', async () => {
    const { handlers } = await setUp();
    const { phrases } = await handlers.listPhrases({ templateId: null });
    for (const words of ['特此报告。', '同志们：', '下面，我再讲几点意见。', '现将有关问题和建议函告如下：', '妥否，请批示。', '特此函告。']) {
      expect(phrases.map((p) => p.text)).toContain(words);
    }
  });

  it('keeps a saved phrase across a restart and deletes it on request', async () => {
    const { handlers, restart } = await setUp();
    const saved = await handlers.savePhrase({ title: '回访', category: '整改', text: '我委将适时开展整改“回头看”。' });
    const after = restart();
    const mine = (await after.listPhrases({ templateId: null })).phrases.filter((p) => p.origin === 'user');
    expect(mine).toEqual([saved]);
    expect(await after.deletePhrase({ id: saved.id })).toEqual({ deleted: true });
    expect((await after.listPhrases({ templateId: null })).phrases.some((p) => p.origin === 'user')).toBe(false);
  });
});
