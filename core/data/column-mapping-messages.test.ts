import { describe, expect, it } from 'vitest';
import { matchColumns } from './column-mapping.ts';
import { describeMatch, fixedColumnProblems, missingColumnsMessage } from './column-mapping-messages.ts';

const columns = [
  { name: '问题描述', required: true, usedBy: [] },
  { name: '整改时限', required: true, usedBy: [] },
  { name: '金额', required: true, usedBy: [] },
  { name: '备注', required: false, usedBy: [] },
];
const context = { templateName: '巡察整改通知', fileName: '问题清单.xlsx', sheet: '第六轮' };

describe('column mapping messages', () => {
  it('describes each column on one line', () => {
    const matches = matchColumns(columns, ['存在问题', '整改时限', '金额（元）', '金额（万元）']);
    expect(matches.map(describeMatch)).toEqual([
      '问题描述 ← 存在问题（同义词“存在问题”，可信度 85%）',
      '整改时限 ← 整改时限（名称相同）',
      '金额 ← 无法确定：表头“金额（元）”“金额（万元）”同样接近',
      '备注（可选） ← 未找到：台账中没有找到相近的表头',
    ]);
  });

  it('names the template, the file, the sheet and every required column that has no header', () => {
    const matches = matchColumns(columns, ['存在问题', '金额（元）', '金额（万元）']);
    expect(missingColumnsMessage(context, matches)).toBe(
      '模板“巡察整改通知”需要的列“整改时限”“金额”在台账“问题清单.xlsx”的工作表“第六轮”中没有对应的表头：\n“整改时限”：台账中没有找到相近的表头\n“金额”：表头“金额（元）”“金额（万元）”同样接近，无法确定用哪一个',
    );
    expect(missingColumnsMessage({ ...context, sheet: null }, matchColumns(columns, ['问题描述'])) ?? '').toMatch(/^模板“巡察整改通知”需要的列“整改时限”“金额”在台账“问题清单.xlsx”中没有/);
    expect(missingColumnsMessage(context, matchColumns(columns, ['问题描述', '整改时限', '金额']))).toBeNull();
  });

  it('refuses fixed columns the template does not read, headers the ledger lacks and a header given twice', () => {
    const headers = ['存在问题', '完成时限'];
    expect(fixedColumnProblems(context, columns, headers, [{ column: '问题描述', header: '存在问题', reason: 'manual' }, { column: '备注', header: null, reason: 'manual' }])).toEqual([]);
    expect(
      fixedColumnProblems(context, columns, headers, [
        { column: '不存在', header: null, reason: 'manual' },
        { column: '问题描述', header: '没有的表头', reason: 'manual' },
        { column: '整改时限', header: '完成时限', reason: 'manual' },
        { column: '金额', header: '完成时限', reason: 'manual' },
        { column: '金额', header: null, reason: 'manual' },
      ]),
    ).toEqual([
      '模板“巡察整改通知”不读取列“不存在”，可指定的列：问题描述、整改时限、金额、备注',
      '台账“问题清单.xlsx”的工作表“第六轮”没有表头“没有的表头”，现有表头：存在问题、完成时限',
      '表头“完成时限”不能同时对应列“整改时限”和“金额”',
      '列“金额”被指定了两次',
    ]);
  });
});
