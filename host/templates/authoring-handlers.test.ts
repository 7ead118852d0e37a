import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaveAsTemplateRequest } from '../../core/api/contract-authoring.ts';
import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { documentFields } from '../../core/model/fields.ts';
import { text } from '../../core/model/inline.ts';
import { createHandlers } from '../create-handlers.ts';
import { builtinPackDir } from './builtin-pack.ts';
import { ownPackId } from './own-templates.ts';

async function setUp() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-authoring-'));
  return createHandlers({ version: '3.1.0', mode: 'web', workspaceDir: root, exportDir: path.join(root, '导出'), templatesDir: builtinPackDir });
}

const today = '2026-03-05';

function notice(words: string): GongwenDocument {
  return {
    ...createBlankDocument('通知', today),
    title: '关于报送整改情况的通知',
    body: [{ type: 'paragraph', content: [...text('请'), { type: 'field', key: '被通知单位', value: '县财政局', source: null }, ...text(words)] }],
  };
}

const request = (document: GongwenDocument, overrides: Partial<SaveAsTemplateRequest> = {}): SaveAsTemplateRequest => ({
  document,
  sourceTemplateId: null,
  ownTemplateId: null,
  name: '报送整改情况通知',
  description: '本单位常用',
  family: '整改通知',
  sections: [],
  today,
  ...overrides,
});

describe('authoring calls', () => {
  it('saves a draft as an own template that the gallery offers, makes drafts with the field unfilled and records its pack', async () => {
    const handlers = await setUp();
    const saved = await handlers.saveAsTemplate(request(notice('于月底前报送整改情况。')));
    expect(saved).toMatchObject({ packVersion: '1.0.0', notes: [], template: { name: '报送整改情况通知', version: '1.0.0', own: true } });
    const { templates } = await handlers.listTemplates();
    expect(templates.find((t) => t.id === saved.template.id)).toEqual(saved.template);
    expect(templates.find((t) => t.id === 'tongzhi')?.own).toBe(false);
    const { document } = await handlers.newFromTemplate({ id: saved.template.id, today });
    expect(documentFields(document).map(({ field }) => [field.key, field.value])).toEqual([['被通知单位', null]]);
    expect(await handlers.createDraft({ document, templateId: saved.template.id })).toMatchObject({ packId: ownPackId, packVersion: '1.0.0' });
  });

  it('saves an edited own template back as its next version, and deletes it', async () => {
    const handlers = await setUp();
    const first = await handlers.saveAsTemplate(request(notice('于月底前报送。')));
    const { document } = await handlers.newFromTemplate({ id: first.template.id, today });
    const edited: GongwenDocument = { ...document, title: '关于报送整改进展的通知' };
    const second = await handlers.saveAsTemplate(request(edited, { ownTemplateId: first.template.id, sourceTemplateId: first.template.id }));
    expect(second).toMatchObject({ packVersion: '1.0.1', template: { id: first.template.id, version: '1.0.1' } });
    expect((await handlers.listTemplates()).templates.filter((t) => t.own)).toHaveLength(1);
    expect((await handlers.newFromTemplate({ id: first.template.id, today })).document.title).toBe('关于报送整改进展的通知');
    expect(await handlers.deleteOwnTemplate({ id: first.template.id })).toEqual({ packVersion: '1.0.2' });
    expect((await handlers.listTemplates()).templates.some((t) => t.own)).toBe(false);
    await expect(handlers.saveAsTemplate(request(edited, { ownTemplateId: first.template.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the wiring of the built-in template a draft came from', async () => {
    const handlers = await setUp();
    const { document } = await handlers.newFromTemplate({ id: 'jiancha-jianyi', today });
    const saved = await handlers.saveAsTemplate(request(document, { sourceTemplateId: 'jiancha-jianyi', family: '建议书' }));
    const sections = await handlers.templateSections({ document, sourceTemplateId: 'jiancha-jianyi', today });
    expect(sections.map((s) => s.label)).toEqual(['问题来源', '存在的主要问题', '原因分析', '监察建议', '回复要求']);
    expect(sections.find((s) => s.label === '原因分析')).toMatchObject({ required: false });
    const again = await handlers.newFromTemplate({ id: saved.template.id, today });
    expect(again.document).toEqual(document);
  });

  it('lints before a pack export: an undeclared field refuses the export, naming template, section and field', async () => {
    const handlers = await setUp();
    const saved = await handlers.saveAsTemplate(request(notice('于{{报送期限}}前报送。')));
    expect(saved.findings).toContainEqual(expect.objectContaining({ severity: 'error', field: '报送期限', message: '段落“正文”：引用了未声明的字段“报送期限”' }));
    expect((await handlers.lintTemplate({ id: saved.template.id })).findings).toEqual(saved.findings);
    const exportRequest = { id: 'xian.jw', name: '县纪委模板包', version: '1.0.0', publisher: '县纪委', created: today, templateIds: [saved.template.id], includePhrases: false, includeUnits: false, includeLetterhead: false, sign: false };
    await expect(handlers.exportPack(exportRequest)).rejects.toMatchObject({
      code: 'BAD_DOCUMENT',
      message: '模板检查发现 1 个错误，未导出模板包：\n模板“报送整改情况通知”：段落“正文”：引用了未声明的字段“报送期限”',
    });
    const exported = await handlers.exportPack({ ...exportRequest, templateIds: ['jiancha-jianyi'] });
    expect(exported.warnings).toEqual(['模板“监察建议书”：字段“发文机关”已声明，但模板中没有用到']);
  });
});
