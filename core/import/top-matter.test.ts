import { describe, expect, it } from 'vitest';
import type { ImportNotice } from './notices.ts';
import { readTopMatter } from './top-matter.ts';

const read = (...lines: string[]) => {
  const notices: ImportNotice[] = [];
  const paragraphs = lines.flatMap((text, i) => (text ? [{ text, line: i + 1 }] : []));
  return { ...readTopMatter(paragraphs, notices), notices };
};

describe('readTopMatter', () => {
  it('reads a multi-line title and 主送, split at 、 only', () => {
    const top = read('关于开展作风建设', '专项检查的通知', '', '各乡镇党委，县直各单位、县属国有企业：', '正文。');
    expect(top.titleLines).toEqual(['关于开展作风建设', '专项检查的通知']);
    expect(top.addressees).toEqual(['各乡镇党委，县直各单位', '县属国有企业']);
    expect(top.byline).toBeNull();
    expect(top.next).toBe(3);
  });

  it('reads a speech byline: subtitle, date, speaker; 同志们： stays body', () => {
    const top = read('以案为鉴 警钟长鸣', '——在全县警示教育大会上的讲话', '（2024年3月5日）', '县纪委书记　李××', '', '同志们：');
    expect(top.titleLines).toEqual(['以案为鉴 警钟长鸣']);
    expect(top.byline).toEqual({ subtitle: '在全县警示教育大会上的讲话', date: { iso: '2024-03-05', style: 'arabic' }, speaker: '县纪委书记　李××' });
    expect(top.addressees).toEqual([]);
    expect(top.next).toBe(4);
  });

  it('takes a name under a speech title as the speaker, and leaves a later date in place', () => {
    const top = read('在全县巡察工作动员会上的讲话', '王××', '（2024年3月5日）', '同志们：');
    expect(top.titleLines).toEqual(['在全县巡察工作动员会上的讲话']);
    expect(top.byline).toEqual({ subtitle: null, date: null, speaker: '王××' });
    expect(top.notices).toEqual([{ kind: 'bylineDateAfterSpeaker', line: 3 }]);
    expect(top.next).toBe(2);
  });

  it('does not take a salutation, a lead-in sentence or a body paragraph for 主送 or title', () => {
    expect(read('同志们：', '今天召开会议。').addressees).toEqual([]);
    expect(read('现将有关事项通知如下：').addressees).toEqual([]);
    expect(read('为深入贯彻落实中央八项规定精神，现将有关事项通知如下。').titleLines).toEqual([]);
    expect(read('一、总体要求').titleLines).toEqual([]);
  });

  it('does not take a 主送 whose last mark the printed colon would swallow', () => {
    expect(read('、 ：').addressees).toEqual([]);
    expect(read('县委办、 ：').addressees).toEqual([]);
    expect(read('、县委办：').addressees).toEqual(['、县委办']);
  });

  it('ends the title at a blank line and after three lines', () => {
    expect(read('甲', '', '乙').titleLines).toEqual(['甲']);
    expect(read('甲', '乙', '丙', '丁').titleLines).toEqual(['甲', '乙', '丙']);
  });

  it('keeps a subtitle typed with other dashes in the title', () => {
    const top = read('在全县大会上的讲话', '--在全县大会上');
    expect(top.byline).toBeNull();
    expect(top.titleLines).toEqual(['在全县大会上的讲话', '--在全县大会上']);
  });
});
