import { describe, expect, it } from 'vitest';
import { createBlankDocument } from './document.ts';
import { switchForm } from './switch-form.ts';

const filled = () => ({
  ...createBlankDocument('通知', '2024-03-05'),
  title: '关于开展警示教育月活动的通知',
  header: { ...createBlankDocument('通知').header, organs: ['中共示范县纪律检查委员会'], documentNumber: '某纪发〔2024〕3号' },
  addressees: ['各乡镇纪委'],
  record: { cc: ['县委办公室'], printer: '县纪委办公室', printDate: '2024-03-05' },
});

describe('switchForm', () => {
  it('keeps every field typed when going 文件式 → 信函式 → 文件式; the mark suffix follows the form', () => {
    const original = filled();
    const letter = switchForm(original, 'letter');
    expect(letter.form).toBe('letter');
    expect(letter.header.markSuffix).toBe('');
    expect(letter.record).toEqual(original.record);
    expect(switchForm(letter, 'file')).toEqual(original);
  });

  it('gives 纪要式 its lists and 白头材料 its byline, and keeps them when leaving and coming back', () => {
    const minutes = switchForm(filled(), 'minutes');
    expect(minutes.header.markSuffix).toBe('纪要');
    const withList = { ...minutes, minutes: { present: ['张某某'], absent: [], attending: [] } };
    expect(switchForm(switchForm(withList, 'file'), 'minutes').minutes).toEqual(withList.minutes);
    const plain = switchForm(filled(), 'plain');
    expect(plain.byline).toEqual({ subtitle: null, speaker: null, date: null });
    const spoken = { ...plain, byline: { subtitle: '在全县大会上', speaker: '张某某', date: null } };
    expect(switchForm(switchForm(spoken, 'file'), 'plain').byline).toEqual(spoken.byline);
  });
});
