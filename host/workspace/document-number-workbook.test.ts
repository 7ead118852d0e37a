import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../core/model/document.ts';
import { createDraft } from './drafts.ts';
import { saveDocumentNumberWorkbook } from './document-number-workbook.ts';
import { allocateDocumentNumber, assignDocumentNumber, listDocumentNumbers, voidDocumentNumber } from './document-numbers.ts';
import { openTestWorkspace } from './test-workspace.ts';

describe('文号 register export', () => {
  it('writes every number, manual and voided ones with their reasons, readable by a spreadsheet', async () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: { ...createBlankDocument('通知', '2024-03-05'), title: '关于开展专项检查的通知' } });
    allocateDocumentNumber(ws, { draftId: draft.id, prefix: '某纪发', year: 2024, by: '张三' });
    assignDocumentNumber(ws, { draftId: null, title: '纸质件', number: '某纪发〔2024〕5号', by: '王五', reason: '系统启用前已印发' });
    voidDocumentNumber(ws, { number: '某纪发〔2024〕1号', by: '张三', reason: '重新发文' });
    const target = path.join(ws.folder, '文号登记簿.xlsx');
    await saveDocumentNumberWorkbook(listDocumentNumbers(ws), target);
    ws.close();

    const book = XLSX.read(readFileSync(target));
    expect(book.SheetNames).toEqual(['文号登记簿']);
    const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets['文号登记簿'] as XLSX.WorkSheet);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ 文号: '某纪发〔2024〕1号', 年份: 2024, 顺序号: 1, 标题: '关于开展专项检查的通知', 状态: '已作废', 方式: '自动分配', 作废人: '张三', 作废原因: '重新发文', 登记时间: '2024-03-05 08:00' });
    expect(rows[1]).toMatchObject({ 文号: '某纪发〔2024〕5号', 状态: '已使用', 方式: '手工登记', 手工登记原因: '系统启用前已印发', 登记人: '王五' });
  });
});
