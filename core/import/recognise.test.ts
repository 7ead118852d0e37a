import { describe, expect, it } from 'vitest';
import { recogniseDocument } from './recognise.ts';
import { splitLines } from './source-text.ts';

const recognise = (text: string) => recogniseDocument(splitLines(text));

describe('recogniseDocument', () => {
  it('reads a typed 版头 into the header of a 文件式 document', () => {
    const { document } = recognise('中共××县纪律检查委员会文件\n××纪发〔2024〕5号\n\n关于开展专项检查的通知\n\n各乡镇纪委：\n正文。');
    expect(document).toMatchObject({ genre: '通知', form: 'file', title: '关于开展专项检查的通知', addressees: ['各乡镇纪委'] });
    expect(document.header).toMatchObject({ organs: ['中共××县纪律检查委员会'], markSuffix: '文件', documentNumber: '××纪发〔2024〕5号' });
  });

  it('makes a 纪要 mark a 纪要式 document', () => {
    const { document } = recognise('中共××县纪委常委会会议纪要\n××纪〔2024〕3号\n\n会议议定事项。');
    expect(document).toMatchObject({ form: 'minutes', header: { organs: ['中共××县纪委常委会会议'], markSuffix: '纪要' } });
    expect(document.minutes).toEqual({ present: [], absent: [], attending: [] });
  });

  it('prints no 版头 on a speech, so lines above a byline are not taken for one', () => {
    const { document, notices } = recognise('××纪发〔2024〕5号\n在全县大会上的讲话\n（2024年3月5日）\n同志们：');
    expect(document.form).toBe('plain');
    expect(document.header.documentNumber).toBeNull();
    expect(document.title).toBe('××纪发〔2024〕5号\n在全县大会上的讲话');
    expect(notices).toEqual([]);
  });

  it('imports an empty draft as an empty document', () => {
    expect(recognise('\n \r\n　').document).toMatchObject({ title: '', body: [], genre: '其他' });
  });
});
