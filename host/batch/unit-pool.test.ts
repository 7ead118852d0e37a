import { describe, expect, it } from 'vitest';
import { planBatch } from '../../core/batch/batch-plan.ts';
import type { UnitSetup } from '../../core/batch/compose-unit.ts';
import { unitScope, type UnitScope } from '../../core/batch/unit-scope.ts';
import { sampleMergeInput } from '../../core/template/sample-input.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { docxParagraphTexts } from '../../tests/support/docx-parts.ts';
import { loadBuiltinPack } from '../templates/builtin-pack.ts';
import { UnitPool } from './unit-pool.ts';

const pack = await loadBuiltinPack();
const template = pack.templates.find((t) => t.id === 'wenti-zhenggai-tongzhishu') as Template;
const receipt = pack.templates.find((t) => t.family === '送达回证') as Template;
const today = '2024-12-05';
const { datasets } = sampleMergeInput(template, today);
const values = new Map([
  ['事项', '学校食堂财务管理'],
  ['检查事项', '食堂财务管理'],
  ['检查时间', '2024年11月'],
  ['联系人', '陈某'],
  ['联系电话', '0000-1234567'],
]);
const scope = unitScope(template) as UnitScope;
const { groups } = planBatch(template, scope, datasets, values, today);
const setup: UnitSetup = { input: { template, scope, datasets, values, today }, receipt };
const number = (i: number) => `某纪三室整改〔2024〕${i + 1}号`;

describe('UnitPool', () => {
  it('answers each unit with its own notice, in the order asked, whichever thread composed it', async () => {
    const pool = new UnitPool(setup, 2);
    const asked = [...groups, ...groups, ...groups];
    const units = await Promise.all(asked.map((group, i) => pool.compose(group, number(i), i)));
    await pool.close();
    expect(units.map((unit) => [unit.row.unit, unit.row.documentNumber])).toEqual(asked.map((group, i) => [group.unit, number(i)]));
    expect(docxParagraphTexts(units[4]!.notice).join('\n')).toContain(number(4));
    expect(docxParagraphTexts(units[4]!.receipt).join('\n')).toContain(number(4));
  });

  it('a later run on the same threads composes with its own template values, not the last run\'s', async () => {
    const first = new UnitPool(setup, 2);
    await first.compose(groups[0]!, number(0), 0);
    await first.close();
    const changed = new Map([...values, ['联系人', '王某某']]);
    const second = new UnitPool({ ...setup, input: { ...setup.input, values: changed } }, 2);
    const unit = await second.compose(groups[0]!, number(0), 0);
    await second.close();
    expect(docxParagraphTexts(unit.notice).join('\n')).toContain('王某某');
  });

  it('fails only the unit that cannot be composed, naming it, and goes on with the others', async () => {
    const pool = new UnitPool(setup, 2);
    const broken = { ...groups[1]!, indexes: [999] };
    const [first, second, third] = await Promise.allSettled([pool.compose(groups[0]!, number(0), 0), pool.compose(broken, number(1), 1), pool.compose(groups[2]!, number(2), 2)]);
    await pool.close();
    expect(first.status).toBe('fulfilled');
    expect(third.status).toBe('fulfilled');
    expect(second.status).toBe('rejected');
    expect(String((second as PromiseRejectedResult).reason)).toContain(`生成“${groups[1]!.unit}”的通知书时出错`);
  });

  it('closing stops the threads at once: every unit still waiting fails with the reason, and nothing more is taken', async () => {
    const pool = new UnitPool(setup, 2);
    const waiting = Array.from({ length: 200 }, (_, i) => pool.compose(groups[i % groups.length]!, number(i), i));
    const outcomes = Promise.allSettled(waiting);
    await waiting[0];
    const started = performance.now();
    await pool.close(new Error('已取消'));
    // Far less than the 200 units would take to finish.
    expect(performance.now() - started).toBeLessThan(2000);
    const settled = await outcomes;
    expect(settled.filter((s) => s.status === 'rejected').length).toBeGreaterThan(100);
    for (const s of settled) if (s.status === 'rejected') expect(String(s.reason)).toContain('已取消');
    await expect(pool.compose(groups[0]!, number(0), 0)).rejects.toThrow('已取消');
  });
});
