import { describe, expect, it } from 'vitest';
import { addIssuedDocument, listIssuedDocuments, listOverdue, recordReply, recordServed } from './issued-documents.ts';
import { openTestWorkspace } from './test-workspace.ts';

const base = { kind: '建议书' as const, draftId: null, documentNumber: '某纪建〔2024〕3号', issuedDate: '2024-03-01', servedDate: null, note: null };

describe('issued documents register', () => {
  it('computes the reply deadline when served and tracks status through to the reply, across a restart', () => {
    const ws = openTestWorkspace();
    const entry = addIssuedDocument(ws, { ...base, recipient: '县住建局', title: '关于加强工程项目监管的纪检监察建议书', replyTerm: { days: 30, unit: 'calendar' } }, '2024-03-01');
    expect(entry).toMatchObject({ status: '待送达', replyDueDate: null });
    const served = recordServed(ws, { id: entry.id, servedDate: '2024-03-05' }, '2024-03-05');
    expect(served).toMatchObject({ status: '待回复', replyDueDate: '2024-04-04' });
    ws.close();

    const reopened = openTestWorkspace(ws.folder);
    expect(listOverdue(reopened, '2024-04-04')).toEqual([]);
    expect(listOverdue(reopened, '2024-04-05').map((e) => e.recipient)).toEqual(['县住建局']);
    expect(recordReply(reopened, { id: entry.id, replyReceivedDate: '2024-04-08' }, '2024-04-08').status).toBe('已回复');
    expect(listOverdue(reopened, '2024-04-09')).toEqual([]);
    reopened.close();
  });

  it('counts working days with the holiday table and asks for it when missing', () => {
    const ws = openTestWorkspace();
    const input = { ...base, kind: '整改通知书' as const, recipient: '某镇政府', title: '整改通知书', servedDate: '2024-09-27', issuedDate: '2024-09-27', replyTerm: { days: 3, unit: 'working' as const } };
    expect(() => addIssuedDocument(ws, input, '2024-09-27')).toThrow(/按工作日计算，需要提供节假日安排表/);
    const holidays = { holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'], workdays: ['2024-09-29'] };
    expect(addIssuedDocument(ws, { ...input, holidays }, '2024-09-27').replyDueDate).toBe('2024-10-08');
    ws.close();
  });

  it('lists the overdue ones among many, oldest deadline first', () => {
    const ws = openTestWorkspace();
    const add = (recipient: string, servedDate: string | null, days: number) => addIssuedDocument(ws, { ...base, recipient, title: `致${recipient}的建议书`, servedDate, replyTerm: { days, unit: 'calendar' } }, '2024-03-01');
    add('甲局', '2024-03-02', 10);
    add('乙局', '2024-03-02', 5);
    add('丙局', null, 5);
    const replied = add('丁局', '2024-03-02', 5);
    recordReply(ws, { id: replied.id, replyReceivedDate: '2024-03-06' }, '2024-03-06');
    expect(listOverdue(ws, '2024-03-15').map((e) => [e.recipient, e.replyDueDate])).toEqual([
      ['乙局', '2024-03-07'],
      ['甲局', '2024-03-12'],
    ]);
    expect(listIssuedDocuments(ws, { asOf: '2024-03-15', status: '待送达' }).map((e) => e.recipient)).toEqual(['丙局']);
    ws.close();
  });

  it('refuses impossible dates in Chinese, naming the document', () => {
    const ws = openTestWorkspace();
    const entry = addIssuedDocument(ws, { ...base, recipient: '县住建局', title: '建议书甲', replyTerm: { days: 30, unit: 'calendar' } }, '2024-03-01');
    expect(() => recordReply(ws, { id: entry.id, replyReceivedDate: '2024-03-10' }, '2024-03-10')).toThrow(/“建议书甲”（县住建局）尚未登记送达/);
    expect(() => recordServed(ws, { id: entry.id, servedDate: '2024-02-28' }, '2024-03-10')).toThrow(/送达日期（2024-02-28）早于印发日期（2024-03-01）/);
    expect(() => recordServed(ws, { id: entry.id, servedDate: '2024-02-30' }, '2024-03-10')).toThrow(/servedDate.*真实存在的日期/);
    expect(() => addIssuedDocument(ws, { ...base, recipient: ' ', title: '建议书乙', replyTerm: { days: 30, unit: 'calendar' } }, '2024-03-01')).toThrow(/请填写受文单位/);
    ws.close();
  });
});
