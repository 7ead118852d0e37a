import { describe, expect, it } from 'vitest';
import { CharFlag, charFlags } from './char-class.ts';
import { splitTitle, titleLength, titleLineLimit } from './split-title.ts';

const titles = [
  '关于开展2024年度全县纪检监察干部队伍教育整顿“回头看”工作的通知',
  '关于做好2024年度党风廉政建设工作总结的通知',
  '中共示范县纪律检查委员会关于进一步加强和改进新时代基层纪检监察工作推动全面从严治党向基层延伸的实施意见',
  '关于印发《示范县纪检监察机关贯彻落实中央八项规定精神实施细则》的通知',
];

describe('splitTitle', () => {
  it('keeps a title of up to 20 characters on one line', () => {
    expect(splitTitle('关于表彰先进的通报')).toEqual(['关于表彰先进的通报']);
    expect(titleLength('关于2024年度')).toBe(6);
  });

  it.each(titles)('breaks %s into lines of at most 20 characters without losing text', (title) => {
    const lines = splitTitle(title);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(titleLength(line)).toBeLessThanOrEqual(titleLineLimit);
  });

  it.each(titles)('respects the line rules and never makes an hourglass: %s', (title) => {
    const lines = splitTitle(title);
    for (const line of lines) {
      expect(charFlags(line.charCodeAt(0)) & CharFlag.ForbiddenBegin).toBe(0);
      expect(charFlags(line.charCodeAt(line.length - 1)) & CharFlag.ForbiddenEnd).toBe(0);
    }
    const lengths = lines.map(titleLength);
    for (let i = 1; i < lengths.length - 1; i++) expect(lengths[i]! < lengths[i - 1]! && lengths[i]! < lengths[i + 1]!).toBe(false);
  });

  it('puts the longer line on top for two lines (上长下短)', () => {
    const lines = splitTitle(titles[1]!);
    expect(lines).toHaveLength(2);
    expect(titleLength(lines[0]!)).toBeGreaterThanOrEqual(titleLength(lines[1]!));
  });

  it('makes three lines a trapezoid, each no longer than the one above', () => {
    const lengths = splitTitle(titles[2]!).map(titleLength);
    expect(lengths).toHaveLength(3);
    expect(lengths[1]!).toBeLessThanOrEqual(lengths[0]!);
    expect(lengths[2]!).toBeLessThanOrEqual(lengths[1]!);
  });

  it('does not split a word the dictionary knows, nor a run of lone characters when a word boundary will do', () => {
    expect(splitTitle(titles[1]!)).toEqual(['关于做好2024年度党风廉政', '建设工作总结的通知']);
    const lines = splitTitle(titles[0]!);
    expect(lines.some((line) => line.endsWith('回头') || line.startsWith('看'))).toBe(false);
  });

  it('keeps the writer’s line breaks and only splits a hinted line that is too long', () => {
    expect(splitTitle('关于表彰\n2024年度先进集体和先进个人的决定')).toEqual(['关于表彰', '2024年度先进集体和先进个人的决定']);
    const lines = splitTitle(`关于\n${titles[2]}`);
    expect(lines[0]).toBe('关于');
    expect(lines.length).toBe(4);
  });
});
