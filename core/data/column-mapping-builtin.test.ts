import { describe, expect, it } from 'vitest';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';
import { matchColumns } from './column-mapping.ts';
import { requiredColumns } from './column-mapping-required.ts';

const pack = await loadBuiltinPack();
const template = (id: string) => {
  const found = pack.templates.find((t) => t.id === id);
  if (!found) throw new Error(`no built-in template ${id}`);
  return found;
};
const mapped = (id: string, dataset: string, headers: string[]) => matchColumns(requiredColumns(template(id), dataset), headers).map((m) => [m.column, m.header, m.reason]);

describe('column mapping and the built-in pack', () => {
  it('matches every column a built-in template reads to its own sample ledger by name', () => {
    const datasets = pack.templates.flatMap((t) => t.sample.datasets.map((sample) => ({ template: t, sample })));
    expect(datasets.length).toBeGreaterThan(20);
    for (const { template: t, sample } of datasets) {
      const matches = matchColumns(requiredColumns(t, sample.name), sample.columns);
      expect(matches.filter((m) => m.reason !== 'exact').map((m) => `${t.id}/${sample.name}/${m.column}`)).toEqual([]);
    }
  });

  it('maps the header rows of real ledgers (research/doctypes.md §D, §F) onto the templates', () => {
    expect(mapped('jiancha-jianyi', '问题清单', ['序号', '问题类别', '问题描述（含例证）', '涉及金额', '整改要求', '整改时限'])).toEqual([
      ['问题类别', '问题类别', 'exact'],
      ['问题描述', '问题描述（含例证）', 'normalized'],
      ['建议要点', null, 'missing'],
      ['整改建议', '整改要求', 'synonym'],
      ['整改时限', '整改时限', 'exact'],
    ]);
    expect(mapped('quanhui-gongzuo-baogao', '案件台账', ['被审查人', '性别', '政治面貌', '单位职务', '职级', '立案日期', '问题类型', '党纪处分种类', '政务处分种类', '组织处理', '移送司法', '结案日期', '涉案金额（元）', '挽回金额（元）'])).toEqual([
      ['职级', '职级', 'exact'],
      ['移送司法', '移送司法', 'exact'],
      ['挽回损失（元）', '挽回金额（元）', 'synonym'],
    ]);
    expect(mapped('zhenggai-qingkuang-baogao', '整改台账', ['序号', '反馈问题及例证', '整改目标', '整改举措', '责任领导', '牵头部门', '责任人', '完成时限', '整改进展', '完成状态', '佐证材料', '销号日期', '备注'])).toEqual([
      ['反馈问题', '反馈问题及例证', 'synonym'],
      ['整改措施', '整改举措', 'synonym'],
      ['责任部门', '牵头部门', 'synonym'],
      ['整改状态', '完成状态', 'synonym'],
      ['完成情况', '整改进展', 'synonym'],
    ]);
  });
});
