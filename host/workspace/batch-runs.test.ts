import { describe, expect, it } from 'vitest';
import { keptBatchRuns, listBatchRuns, recordBatchRun, type StoredBatchOutcome } from './batch-runs.ts';
import { openTestWorkspace } from './test-workspace.ts';

const outcome = (n: number): StoredBatchOutcome => ({
  folder: `/导出/第${n}批`,
  units: [
    {
      unit: '示范县水利局',
      addressee: '中共示范县水利局党组',
      documentNumber: `某纪三室整改〔2024〕${n}号`,
      problems: 2,
      rows: [2, 3],
      decisions: ['无可选段落'],
      deadline: '2025年3月31日前',
      notice: { path: `/导出/第${n}批/01 示范县水利局 问题整改通知书.docx` },
      issues: [],
    },
  ],
  combined: { path: `/导出/第${n}批/合并打印 问题整改通知书.docx` },
  pdf: null,
  pdfProblem: '未找到 LibreOffice',
  report: { path: `/导出/第${n}批/差异报告 问题整改通知书.xlsx` },
});

describe('batch runs in the workspace', () => {
  it('reads back what was recorded, newest first, and keeps only the latest few', () => {
    const ws = openTestWorkspace();
    const ids = Array.from({ length: keptBatchRuns + 2 }, (_, i) => recordBatchRun(ws, '问题整改通知书', outcome(i + 1)));
    const runs = listBatchRuns(ws);
    expect(runs.map((run) => run.id)).toEqual(ids.slice(2).reverse());
    expect(runs[0]).toMatchObject({ templateName: '问题整改通知书', outcome: outcome(keptBatchRuns + 2), problem: null });
    expect(runs[0]!.finishedAt > runs[1]!.finishedAt).toBe(true);
  });

  it('lists a damaged summary as damaged, in Chinese, without changing it, and refuses to record an incomplete one', () => {
    const ws = openTestWorkspace();
    const good = recordBatchRun(ws, '问题整改通知书', outcome(1));
    const broken = recordBatchRun(ws, '纪律检查建议书', outcome(2));
    const odd = recordBatchRun(ws, '监察建议书', outcome(3));
    ws.db.prepare('UPDATE batch_runs SET summary_json = ? WHERE id = ?').run('{"folder":', broken);
    ws.db.prepare('UPDATE batch_runs SET summary_json = ? WHERE id = ?').run(JSON.stringify({ ...outcome(3), combined: { exportId: 'x' } }), odd);
    const runs = listBatchRuns(ws);
    expect(runs.find((run) => run.id === good)?.problem).toBeNull();
    expect(runs.find((run) => run.id === broken)).toMatchObject({ templateName: '纪律检查建议书', outcome: null, problem: expect.stringContaining('不是有效的 JSON') });
    expect(runs.find((run) => run.id === odd)).toMatchObject({ outcome: null, problem: expect.stringContaining('combined') });
    expect(ws.db.prepare('SELECT summary_json FROM batch_runs WHERE id = ?').pluck().get(broken)).toBe('{"folder":');
    expect(() => recordBatchRun(ws, '问题整改通知书', { ...outcome(4), report: {} } as unknown as StoredBatchOutcome)).toThrow(/未能记入工作区/);
    expect(listBatchRuns(ws)).toHaveLength(3);
  });
});
