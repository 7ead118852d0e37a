import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { text } from '../../core/model/inline.ts';

/** A plain 通知 with the fields of the first slice: title, 主送, three paragraphs, 署名 and date. */
export function sampleNotice(overrides: Partial<GongwenDocument> = {}): GongwenDocument {
  return {
    ...createBlankDocument('通知', '2024-12-05'),
    title: '关于做好2024年度党风廉政建设工作总结的通知',
    addressees: ['各乡镇纪委', '县直各单位'],
    body: [
      { type: 'paragraph', content: text('为全面总结一年来党风廉政建设工作，根据县纪委监委工作安排，现就有关事项通知如下。') },
      { type: 'paragraph', content: text('一、各单位要对照年初确定的目标任务，逐项梳理完成情况，实事求是总结成绩和经验。') },
      { type: 'paragraph', content: text('二、请于2024年12月20日前将总结报送县纪委监委办公室，电子版发送至指定邮箱。') },
    ],
    signature: { organs: ['中共某某县纪律检查委员会办公室'], date: '2024-12-05', dateStyle: 'arabic', seal: 'unsealed', signerTitle: null },
    ...overrides,
  };
}
