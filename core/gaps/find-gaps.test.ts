import { describe, expect, it } from 'vitest';
import { findGaps, type GapKind } from './find-gaps.ts';

const gaps = (text: string): [string, GapKind, string | null][] => findGaps(text).map((gap) => [gap.marker, gap.kind, gap.unit]);

describe('gap markers in real-style sentences', () => {
  it.each([
    ['连续×年获评全省党风廉政建设先进县', [['×', 'number', '年']]],
    ['全年统筹开展×轮常规巡察，发现问题××个', [['×', 'number', '轮'], ['××', 'number', '个']]],
    ['覆盖全县×万名党员干部', [['×', 'number', '万名']]],
    ['对标对表×类×项重点清单任务', [['×', 'number', '类'], ['×', 'number', '项']]],
    ['受理信访举报XX件，处分X人次', [['XX', 'number', '件'], ['X', 'number', '人次']]],
    ['挽回经济损失x万元', [['x', 'number', '万元']]],
    ['启动“清廉××”培育工程', [['××', 'text', null]]],
    ['【单位名称】：', [['【单位名称】', 'prompt', null]]],
    ['请于［填写时间］前报送，联系人【】', [['［填写时间］', 'prompt', null], ['【】', 'prompt', null]]],
    ['请于XX月XX日前报送', [['XX月XX日', 'date', null]]],
    ['会议于2024年×月×日召开', [['2024年×月×日', 'date', null]]],
    ['20XX年工作要点', [['20XX年', 'date', null]]],
    ['签字：＿＿＿　日期：____', [['＿＿＿', 'blank', null], ['____', 'blank', null]]],
    ['某某同志在会上讲话', [['某某', 'name', null]]],
    ['县纪委书记　张某某', [['某某', 'name', null]]],
    ['县委常委、县纪委书记　李××', [['××', 'name', null]]],
    ['王××同志', [['××', 'name', null]]],
    ['××纪发〔2024〕×号', [['××', 'text', null], ['×', 'number', '号']]],
    ['第×条规定', [['×', 'number', '条']]],
  ])('%s', (text, expected) => {
    expect(gaps(text)).toEqual(expected);
  });

  it.each([
    '表格为3×4的矩阵',
    '纸张为 A4 纵向（210mm×297mm）',
    '版心 22 行 × 28 字',
    '寄存器 0x1F 的值',
    'Windows XP 已停止支持',
    'Xbox 和 x-ray 不是空缺',
    'The matrix X is symmetric',
    '拍摄X光片',
    '某乡镇党委书记张某违规收受礼金',
    '2024年3月5日',
    'A×B 表示两个集合的积',
  ])('leaves legitimate text alone: %s', (text) => {
    expect(findGaps(text)).toEqual([]);
  });

  it('keeps the words around each gap and names it by them', () => {
    const text = '全年统筹开展×轮常规巡察';
    const [gap] = findGaps(text);
    expect(gap).toMatchObject({ start: 6, end: 7, label: '统筹开展×轮' });
    expect(text.slice(0, gap!.start) + text.slice(gap!.end)).toBe('全年统筹开展轮常规巡察');
  });

  it('takes a bracketed prompt as one gap even when it holds ×', () => {
    expect(gaps('【××县纪委】')).toEqual([['【××县纪委】', 'prompt', null]]);
    expect(findGaps('【××县纪委】')[0]!.label).toBe('××县纪委');
  });

  it('finds nothing in an empty or long plain text', () => {
    expect(findGaps('')).toEqual([]);
    expect(findGaps('深化以案促改'.repeat(10_000))).toEqual([]);
  });
});
