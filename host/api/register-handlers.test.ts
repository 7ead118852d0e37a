import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { sampleNotice } from '../../tests/support/sample-document.ts';
import { createHandlers } from '../create-handlers.ts';
import { builtinPackDir } from '../templates/builtin-pack.ts';

async function setUp() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-registers-'));
  const exportDir = path.join(root, '导出');
  const start = () => createHandlers({ version: '0.0.0', mode: 'web', workspaceDir: root, exportDir, templatesDir: builtinPackDir });
  return { handlers: start(), restart: start, exportDir };
}

const rowsOf = async (file: string, sheet: string) => XLSX.utils.sheet_to_json<Record<string, string | number>>(XLSX.read(await readFile(file)).Sheets[sheet] as XLSX.WorkSheet);

describe('文号 register calls', () => {
  it('proposes the next number without taking it, then 定稿 takes it, writes it into the 版头 and saves 定稿', async () => {
    const { handlers, restart } = await setUp();
    const draft = await handlers.createDraft({ document: sampleNotice({ title: '关于开展专项检查的通知' }), templateId: null });
    expect(await handlers.proposeNumber({ prefix: '某纪发', year: 2024 })).toEqual({ number: '某纪发〔2024〕1号', prefix: '某纪发', year: 2024, serial: 1 });
    expect(await handlers.proposeNumber({ prefix: '某纪发', year: 2024 })).toMatchObject({ serial: 1 });

    const done = await handlers.finaliseDraft({ draftId: draft.id, prefix: '某纪发', year: 2024, by: '张三' });
    expect(done.number).toMatchObject({ number: '某纪发〔2024〕1号', title: '关于开展专项检查的通知', allocatedBy: '张三', manual: false });
    expect(done.draft.document.header.documentNumber).toBe('某纪发〔2024〕1号');
    expect(done.version.name).toBe('定稿');
    expect((await handlers.getVersion({ versionId: done.version.id })).document.header.documentNumber).toBe('某纪发〔2024〕1号');
    expect(await handlers.proposeNumber({ prefix: '某纪发', year: 2024 })).toMatchObject({ serial: 2 });

    const after = restart();
    expect((await after.listNumbers({})).map((e) => e.number)).toEqual(['某纪发〔2024〕1号']);
    expect((await after.getDraft({ id: draft.id })).document.header.documentNumber).toBe('某纪发〔2024〕1号');
  });

  it('allocates once: a second 定稿 of the same draft is refused in Chinese and changes nothing', async () => {
    const { handlers } = await setUp();
    const draft = await handlers.createDraft({ document: sampleNotice({ title: '关于甲的通知' }), templateId: null });
    await handlers.finaliseDraft({ draftId: draft.id, prefix: '某纪发', year: 2024, by: '张三' });
    const before = await handlers.getDraft({ id: draft.id });
    await expect(handlers.finaliseDraft({ draftId: draft.id, prefix: '某纪发', year: 2024, by: '张三' })).rejects.toThrow(
      '草稿“关于甲的通知”已有文号“某纪发〔2024〕1号”，不能再分配。如需更换，请先作废原文号。',
    );
    expect((await handlers.listNumbers({})).length).toBe(1);
    expect((await handlers.listVersions({ draftId: draft.id })).length).toBe(1);
    expect((await handlers.getDraft({ id: draft.id })).revision).toBe(before.revision);
  });

  it('gives consecutive numbers to drafts finalised one after another', async () => {
    const { handlers } = await setUp();
    const serials: number[] = [];
    for (const title of ['关于甲的通知', '关于乙的通知', '关于丙的通知']) {
      const draft = await handlers.createDraft({ document: sampleNotice({ title }), templateId: null });
      serials.push((await handlers.finaliseDraft({ draftId: draft.id, prefix: '某纪发', year: 2025, by: '张三' })).number.serial);
    }
    expect(serials).toEqual([1, 2, 3]);
  });

  it('records who entered a number by hand and why, and who voided one and why', async () => {
    const { handlers, restart } = await setUp();
    const draft = await handlers.createDraft({ document: sampleNotice({ title: '关于乙的通知' }), templateId: null });
    const manual = await handlers.overrideNumber({ draftId: draft.id, title: null, number: '某纪发［2024］7号', by: '王五', reason: '领导指定文号' });
    expect(manual).toMatchObject({ number: '某纪发〔2024〕7号', manual: true, allocatedBy: '王五', manualReason: '领导指定文号' });
    expect((await handlers.getDraft({ id: draft.id })).document.header.documentNumber).toBe('某纪发〔2024〕7号');
    expect(await handlers.proposeNumber({ prefix: '某纪发', year: 2024 })).toMatchObject({ serial: 8 });

    const voided = await handlers.voidNumber({ number: '某纪发〔2024〕7号', by: '张三', reason: '发文取消' });
    expect(voided).toMatchObject({ voided: true, voidedBy: '张三', voidReason: '发文取消' });
    expect((await handlers.getDraft({ id: draft.id })).document.header.documentNumber).toBeNull();
    await expect(handlers.overrideNumber({ draftId: null, title: '别的文', number: '某纪发〔2024〕7号', by: '王五', reason: '再用' })).rejects.toThrow(/已于 .* 作废/);

    const after = restart();
    expect(await after.listNumbers({})).toEqual([expect.objectContaining({ number: '某纪发〔2024〕7号', manualReason: '领导指定文号', voidReason: '发文取消' })]);
  });

  it('searches the register and exports what the search shows as an .xlsx in the export folder', async () => {
    const { handlers, exportDir } = await setUp();
    for (const title of ['关于开展专项检查的通知', '关于召开警示教育大会的通知']) {
      const draft = await handlers.createDraft({ document: sampleNotice({ title }), templateId: null });
      await handlers.finaliseDraft({ draftId: draft.id, prefix: '某纪发', year: 2024, by: '张三' });
    }
    expect((await handlers.listNumbers({ query: '警示' })).map((e) => e.number)).toEqual(['某纪发〔2024〕2号']);
    expect((await handlers.listNumbers({ query: '张三 〔２０２４〕' })).length).toBe(2);
    expect(await handlers.listNumbers({ query: '李四' })).toEqual([]);

    const exported = await handlers.exportNumberRegister({ query: '专项' });
    expect(exported).toMatchObject({ folder: exportDir, fileName: '文号登记簿.xlsx' });
    expect(await rowsOf(exported.path, '文号登记簿')).toEqual([expect.objectContaining({ 文号: '某纪发〔2024〕1号', 标题: '关于开展专项检查的通知' })]);
    expect((await handlers.exportNumberRegister({})).fileName).toBe('文号登记簿（2）.xlsx');
  });
});

describe('建议书/整改通知书 register calls', () => {
  const entry = {
    kind: '建议书' as const,
    draftId: null,
    documentNumber: '某纪建〔2024〕3号',
    issuedDate: '2024-03-01',
    replyTerm: { days: 30, unit: 'calendar' as const },
    note: null,
  };

  it('records service and reply, flags overdue ones as of the day asked, searches and exports', async () => {
    const { handlers, restart } = await setUp();
    const late = await handlers.addIssued({ ...entry, asOf: '2024-03-05', recipient: '县交通运输局', title: '关于加强工程项目监管的纪检监察建议书', servedDate: '2024-03-02' });
    expect(late).toMatchObject({ replyDueDate: '2024-04-01', status: '待回复' });
    const pending = await handlers.addIssued({ ...entry, asOf: '2024-03-05', recipient: '县教育局', title: '关于规范食堂管理的纪检监察建议书', servedDate: null });
    expect(pending.status).toBe('待送达');
    const served = await handlers.recordServed({ asOf: '2024-04-10', id: pending.id, servedDate: '2024-04-08' });
    expect(served).toMatchObject({ replyDueDate: '2024-05-08', status: '待回复' });

    const after = restart();
    expect((await after.listIssued({ asOf: '2024-04-10' })).map((e) => [e.recipient, e.status])).toEqual([
      ['县交通运输局', '逾期'],
      ['县教育局', '待回复'],
    ]);
    expect((await after.listIssued({ asOf: '2024-04-10', status: '逾期' })).map((e) => e.recipient)).toEqual(['县交通运输局']);
    expect((await after.listIssued({ asOf: '2024-04-10', query: '食堂' })).map((e) => e.recipient)).toEqual(['县教育局']);

    const replied = await after.recordReply({ asOf: '2024-04-12', id: late.id, replyReceivedDate: '2024-04-11' });
    expect(replied.status).toBe('已回复');
    await expect(after.recordReply({ asOf: '2024-04-12', id: late.id, replyReceivedDate: '2024-03-01' })).rejects.toThrow(
      '“关于加强工程项目监管的纪检监察建议书”的回复日期（2024-03-01）早于送达日期（2024-03-02），请核对。',
    );

    const exported = await after.exportIssuedRegister({ asOf: '2024-05-20' });
    expect(exported.fileName).toBe('发文登记簿.xlsx');
    expect((await rowsOf(exported.path, '发文登记簿')).map((r) => [r['受文单位'], r['回复截止日期'], r['状态']])).toEqual([
      ['县交通运输局', '2024-04-01', '已回复'],
      ['县教育局', '2024-05-08', '逾期（截至 2024-05-20）'],
    ]);
  });
});
