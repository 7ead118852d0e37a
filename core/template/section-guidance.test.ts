import { describe, expect, it } from 'vitest';
import type { Block } from '../model/blocks.ts';
import { text } from '../model/inline.ts';
import { withSectionGuidance } from './section-guidance.ts';

const paragraph = (words: string): Block => ({ type: 'paragraph', content: text(words) });

describe('withSectionGuidance', () => {
  it('puts each section’s guidance on its first block only', () => {
    const body = withSectionGuidance([
      { label: '缘由', guidance: '写明发文依据。', blocks: [paragraph('根据……'), paragraph('现将有关事项通知如下：')] },
      { label: '事项', guidance: '  分条写明。 ', blocks: [paragraph('一、时间')] },
    ]);
    expect(body.map((b) => b.guidance)).toEqual([[{ section: '缘由', text: '写明发文依据。' }], undefined, [{ section: '事项', text: '分条写明。' }]]);
  });

  it('passes the guidance of a section that printed nothing on to the next block, and the last ones to the last block', () => {
    const body = withSectionGuidance([
      { label: '开头', guidance: '', blocks: [paragraph('现将情况报告如下：')] },
      { label: '问题', guidance: '问题逐条取自台账。', blocks: [] },
      { label: '要求', guidance: '写明期限。', blocks: [paragraph('请于15日内整改。')] },
      { label: '附注', guidance: '可选。', blocks: [] },
    ]);
    expect(body.map((b) => b.guidance)).toEqual([
      undefined,
      [
        { section: '问题', text: '问题逐条取自台账。' },
        { section: '要求', text: '写明期限。' },
        { section: '附注', text: '可选。' },
      ],
    ]);
    expect(withSectionGuidance([{ label: '问题', guidance: '逐条写。', blocks: [] }])).toEqual([]);
  });
});
