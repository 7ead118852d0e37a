import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../core/model/document.ts';
import { createDraft, getDraft } from './drafts.ts';
import { allocateDocumentNumber, assignDocumentNumber, documentNumberOfDraft, listDocumentNumbers, setSequenceStart, voidDocumentNumber } from './document-numbers.ts';
import { finaliseDraft } from './finalise-draft.ts';
import { openWorkspace } from './open-workspace.ts';
import { openTestWorkspace } from './test-workspace.ts';
import { listVersions, getVersion } from './versions.ts';

const draftTitled = (ws: ReturnType<typeof openTestWorkspace>, title: string) => createDraft(ws, { document: { ...createBlankDocument('通知', '2024-03-05'), title } });

describe('文号 register', () => {
  it('numbers each 机关代字 and year from 1 and writes the number into the draft', () => {
    const ws = openTestWorkspace();
    const a = draftTitled(ws, '通知甲');
    const b = draftTitled(ws, '通知乙');
    const c = draftTitled(ws, '建议书丙');
    expect(allocateDocumentNumber(ws, { draftId: a.id, prefix: '某纪发', year: 2024, by: '张三' }).number).toBe('某纪发〔2024〕1号');
    expect(allocateDocumentNumber(ws, { draftId: b.id, prefix: '某纪发', year: 2024, by: '张三' }).number).toBe('某纪发〔2024〕2号');
    expect(allocateDocumentNumber(ws, { draftId: c.id, prefix: '某监建', year: 2024, by: '张三' }).number).toBe('某监建〔2024〕1号');
    expect(getDraft(ws, b.id).document.header.documentNumber).toBe('某纪发〔2024〕2号');
    ws.close();
  });

  it('finalises a draft: number, 版头 and a 定稿 snapshot together', () => {
    const ws = openTestWorkspace();
    const draft = draftTitled(ws, '关于开展专项检查的通知');
    const { number, version } = finaliseDraft(ws, { draftId: draft.id, prefix: '某纪发', year: 2024, by: '李四' });
    expect(version).toMatchObject({ name: '定稿', note: `文号 ${number.number}` });
    expect(getVersion(ws, version.id).document.header.documentNumber).toBe('某纪发〔2024〕1号');
    ws.close();
  });

  it('rolls the whole finalisation back when one step fails', () => {
    const ws = openTestWorkspace();
    const draft = draftTitled(ws, '通知');
    expect(() => finaliseDraft(ws, { draftId: draft.id, prefix: '某纪发', year: 2024, by: '李四', versionName: ' ' })).toThrow(/版本名称不能为空/);
    expect(listDocumentNumbers(ws)).toEqual([]);
    expect(getDraft(ws, draft.id).document.header.documentNumber).toBeNull();
    expect(listVersions(ws, draft.id)).toEqual([]);
    ws.close();
  });

  it('refuses a duplicate, naming the number and the document that holds it', () => {
    const ws = openTestWorkspace();
    const a = draftTitled(ws, '关于甲的通知');
    const b = draftTitled(ws, '关于乙的通知');
    allocateDocumentNumber(ws, { draftId: a.id, prefix: '某纪发', year: 2024, by: '张三' });
    expect(() => assignDocumentNumber(ws, { draftId: b.id, title: null, number: '某纪发[2024]1号', by: '王五', reason: '领导指定' })).toThrow(
      /文号“某纪发〔2024〕1号”已被“关于甲的通知”使用（2024-03-05 由 张三 登记），不能重复/,
    );
    expect(() => allocateDocumentNumber(ws, { draftId: a.id, prefix: '某纪发', year: 2024, by: '张三' })).toThrow(/草稿“关于甲的通知”已有文号“某纪发〔2024〕1号”/);
    expect(getDraft(ws, b.id).document.header.documentNumber).toBeNull();
    ws.close();
  });

  it('records manual numbers with who, when and why, and continues the sequence after them', () => {
    const ws = openTestWorkspace();
    const paper = assignDocumentNumber(ws, { draftId: null, title: '纸质件：关于丙的通知', number: '某纪发〔2024〕7号', by: '王五', reason: '系统启用前已印发' });
    expect(paper).toMatchObject({ manual: true, manualReason: '系统启用前已印发', allocatedBy: '王五', draftId: null });
    const next = allocateDocumentNumber(ws, { draftId: draftTitled(ws, '丁').id, prefix: '某纪发', year: 2024, by: '张三' });
    expect(next.serial).toBe(8);
    expect(() => assignDocumentNumber(ws, { draftId: null, title: '戊', number: '某纪发〔2024〕9号', by: '王五', reason: ' ' })).toThrow(/原因/);
    expect(() => assignDocumentNumber(ws, { draftId: null, title: '戊', number: '第九号', by: '王五', reason: '补登' })).toThrow(/“第九号”不是有效的文号/);
    ws.close();
  });

  it('starts a year at a chosen serial', () => {
    const ws = openTestWorkspace();
    setSequenceStart(ws, { prefix: '某纪发', year: 2025, firstSerial: 38 });
    expect(allocateDocumentNumber(ws, { draftId: draftTitled(ws, '甲').id, prefix: '某纪发', year: 2025, by: '张三' }).number).toBe('某纪发〔2025〕38号');
    ws.close();
  });

  it('voids a number: kept in the register, never reissued, removed from the draft', () => {
    const ws = openTestWorkspace();
    const a = draftTitled(ws, '甲');
    allocateDocumentNumber(ws, { draftId: a.id, prefix: '某纪发', year: 2024, by: '张三' });
    const voided = voidDocumentNumber(ws, { number: '某纪发〔2024〕1号', by: '张三', reason: '标题有误，重新发文' });
    expect(voided).toMatchObject({ voided: true, voidedBy: '张三', voidReason: '标题有误，重新发文' });
    expect(getDraft(ws, a.id).document.header.documentNumber).toBeNull();
    expect(documentNumberOfDraft(ws, a.id)).toBeNull();
    expect(allocateDocumentNumber(ws, { draftId: a.id, prefix: '某纪发', year: 2024, by: '张三' }).serial).toBe(2);
    expect(() => assignDocumentNumber(ws, { draftId: null, title: '乙', number: '某纪发〔2024〕1号', by: '张三', reason: '补登' })).toThrow(/已于 2024-03-05 作废（标题有误，重新发文），作废的文号不再使用/);
    expect(() => voidDocumentNumber(ws, { number: '某纪发〔2024〕1号', by: '张三', reason: '再次' })).toThrow(/已于 2024-03-05 作废/);
    expect(listDocumentNumbers(ws, { prefix: '某纪发', year: 2024 }).map((e) => [e.serial, e.voided])).toEqual([
      [1, true],
      [2, false],
    ]);
    ws.close();
  });

  it('keeps the register across closing and reopening', () => {
    const ws = openTestWorkspace();
    allocateDocumentNumber(ws, { draftId: draftTitled(ws, '甲').id, prefix: '某纪发', year: 2024, by: '张三' });
    ws.close();
    const reopened = openTestWorkspace(ws.folder);
    expect(listDocumentNumbers(reopened).map((e) => e.number)).toEqual(['某纪发〔2024〕1号']);
    expect(allocateDocumentNumber(reopened, { draftId: draftTitled(reopened, '乙').id, prefix: '某纪发', year: 2024, by: '张三' }).serial).toBe(2);
    reopened.close();
  });

  it('gives two connections interleaving allocations distinct numbers', () => {
    const first = openTestWorkspace();
    const second = openWorkspace(first.folder);
    const serials: number[] = [];
    for (let i = 0; i < 10; i++) {
      const ws = i % 2 ? second : first;
      serials.push(allocateDocumentNumber(ws, { draftId: draftTitled(first, `第${i}件`).id, prefix: '某纪发', year: 2024, by: '张三' }).serial);
    }
    expect(serials).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    first.close();
    second.close();
  });

  it('tells a writer in Chinese when another connection holds the lock too long', () => {
    const first = openTestWorkspace();
    const second = openWorkspace(first.folder, { busyTimeoutMs: 50 });
    const draft = draftTitled(first, '甲');
    first.db.exec('BEGIN IMMEDIATE');
    expect(() => allocateDocumentNumber(second, { draftId: draft.id, prefix: '某纪发', year: 2024, by: '张三' })).toThrow(/正被另一个窗口或命令行写入，本次操作未执行/);
    first.db.exec('COMMIT');
    expect(allocateDocumentNumber(second, { draftId: draft.id, prefix: '某纪发', year: 2024, by: '张三' }).serial).toBe(1);
    first.close();
    second.close();
  });

  it('gives two processes racing on one workspace distinct, gap-free numbers', async () => {
    const ws = openTestWorkspace();
    const perProcess = 40;
    const ids = (tag: string) => JSON.stringify(Array.from({ length: perProcess }, (_, i) => draftTitled(ws, `${tag}${i}`).id));
    const racers = [startRacer(ws.folder, ids('甲'), '甲'), startRacer(ws.folder, ids('乙'), '乙')];
    ws.close();
    await Promise.all(racers.map((racer) => racer.ready));
    for (const racer of racers) racer.child.stdin.write('go\n');
    const [gotA, gotB] = await Promise.all(racers.map((racer) => racer.serials));
    // Non-vacuity: the two processes really took turns on the sequence.
    expect(gotA?.some((serial, i) => i > 0 && serial !== (gotA[i - 1] ?? 0) + 1)).toBe(true);
    const serials = [...(gotA ?? []), ...(gotB ?? [])].sort((x, y) => x - y);
    expect(serials).toEqual(Array.from({ length: 2 * perProcess }, (_, i) => i + 1));
    const reopened = openTestWorkspace(ws.folder);
    expect(new Set(listDocumentNumbers(reopened).map((e) => e.draftId)).size).toBe(2 * perProcess);
    reopened.close();
  }, 60_000);
});

function startRacer(folder: string, idsJson: string, by: string) {
  const script = fileURLToPath(new URL('./allocate-numbers.child.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, folder, idsJson, by], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const output: string[] = [];
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  lines.on('line', (line) => (line === 'ready' ? onReady() : output.push(line)));
  const serials = once(child, 'close').then(([code]) => {
    if (code !== 0) throw new Error(`allocating process exited with ${String(code)}`);
    return JSON.parse(output.join('')) as number[];
  });
  return { child, ready, serials };
}
