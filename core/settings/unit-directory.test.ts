import { describe, expect, it } from 'vitest';
import { groupUnits, importUnits } from './unit-directory.ts';

describe('importUnits', () => {
  it('reads a list pasted from Excel with a header row, updating known units and appending new ones', () => {
    const existing = [{ name: '示范镇纪委', short: '', category: '' }];
    const pasted = '全称\t简称\t类别\n示范镇纪委\t你镇\t乡镇\n县财政局\t你局\t县直单位\n\n各乡镇纪委\t\t统称\n';
    const { units, problems } = importUnits(pasted, existing);
    expect(problems).toEqual([]);
    expect(units).toEqual([
      { name: '示范镇纪委', short: '你镇', category: '乡镇' },
      { name: '县财政局', short: '你局', category: '县直单位' },
      { name: '各乡镇纪委', short: '', category: '统称' },
    ]);
  });

  it('accepts names alone and comma-separated lines', () => {
    expect(importUnits('县委办公室\n县政府办公室，县府办，县直单位', []).units).toEqual([
      { name: '县委办公室', short: '', category: '' },
      { name: '县政府办公室', short: '县府办', category: '县直单位' },
    ]);
  });

  it('names each bad line and imports nothing when any line is bad', () => {
    const existing = [{ name: '县委办公室', short: '', category: '' }];
    const { units, problems } = importUnits('县财政局\t你局\n\t你镇\n县财政局\n甲\t乙\t丙\t丁', existing);
    expect(units).toEqual(existing);
    expect(problems).toEqual(['第2行：全称不能为空', '第3行：“县财政局”与第1行重复', '第4行：应为“全称、简称、类别”最多三列，实际有 4 列']);
  });
});

describe('groupUnits', () => {
  it('offers the 统称 first, then units grouped by 类别 in their order', () => {
    const groups = groupUnits([
      { name: '县财政局', short: '', category: '县直单位' },
      { name: '各乡镇纪委', short: '', category: '统称' },
      { name: '示范镇纪委', short: '', category: '' },
    ]);
    expect(groups.map((g) => g.category)).toEqual(['统称', '县直单位', '未分类']);
  });
});
