import { describe, expect, it } from 'vitest';
import { readHeaderLines } from './header-lines.ts';

const read = (...lines: string[]) => readHeaderLines(lines.map((text, i) => ({ text, line: i + 1 })));

describe('readHeaderLines', () => {
  it('reads the 发文机关标志 and a standard 发文字号', () => {
    expect(read('中共××县纪律检查委员会文件', '××纪发〔2024〕5号', '关于……的通知')).toEqual({ organ: '中共××县纪律检查委员会', markSuffix: '文件', documentNumber: '××纪发〔2024〕5号', next: 2 });
    expect(read('××纪办发〔2024〕12号', '关于……的通知')).toEqual({ organ: null, markSuffix: '文件', documentNumber: '××纪办发〔2024〕12号', next: 1 });
  });

  it('reads nothing without a 文号 in the standard form', () => {
    for (const number of ['××纪发[2024]5号', '××纪发〔2024〕05号', '××纪发〔24〕5号', '××纪发〔2024〕第5号']) {
      expect(read('中共××县纪律检查委员会文件', number).next).toBe(0);
    }
    expect(read('关于开展专项检查的通知').next).toBe(0);
  });
});
