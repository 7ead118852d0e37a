/**
 * A deterministic 问题线索台账 of any length, 15 columns, numbers partly typed as text as real
 * ledgers have them; every 5 000th row is marked 重点 in 备注. Shared by benchmarks and large tests.
 */
import type { Cell, MergeTable } from '../../core/template/merge-table.ts';

export const clueDispositions = ['谈话函询', '初步核实', '立案', '予以了结', '暂存待查'];
export const clueSources = ['信访举报', '巡察移交', '审计移送', '监督检查', '12388平台'];
export const clueRanks = ['县处级', '乡科级', '一般干部', '其他人员'];
export const clueColumns = ['受理编号', '来源', '被反映人', '单位', '职级', '处置方式', '问题类型', '受理日期', '办结日期', '涉案金额', '挽回损失', '处分人数', '是否移送', '承办部门', '备注'];

export function clueRows(count: number): Cell[][] {
  return Array.from({ length: count }, (_, i) => [
    `XS${String(i).padStart(6, '0')}`,
    clueSources[i % 5]!,
    `某某${i}`,
    `示范县第${(i % 40) + 1}单位`,
    clueRanks[(i * 7) % 4]!,
    clueDispositions[(i * 3) % 5]!,
    `类型${i % 9}`,
    `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    i % 3 === 0 ? '' : '2024-12-01',
    i % 2 === 0 ? (i % 1000) * 10 : String((i % 1000) * 10),
    (i % 500) * 3,
    i % 4,
    i % 11 === 0 ? '是' : '否',
    `第${(i % 6) + 1}纪检监察室`,
    i % 5_000 === 7 ? '重点' : '',
  ]);
}

export const clueLedger = (rows: Cell[][]): MergeTable => ({ name: '问题线索台账', sheet: '2024', columns: clueColumns, rows, rowNumbers: rows.map((_, i) => i + 2) });
