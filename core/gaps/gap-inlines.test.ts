import { describe, expect, it } from 'vitest';
import { importPlainText } from '../import/import-text.ts';
import { inlineText, type Inline } from '../model/inline.ts';
import { inlinesWithGaps } from './gap-inlines.ts';

describe('gaps become unfilled fields', () => {
  it('keeps the words around each gap and prints the marker until it is filled', () => {
    const content = inlinesWithGaps('全年统筹开展×轮常规巡察，覆盖全县×万名党员干部。');
    expect(content).toEqual([
      { type: 'text', text: '全年统筹开展' },
      { type: 'field', key: '统筹开展×轮', value: null, source: null, gap: { marker: '×', kind: 'number' } },
      { type: 'text', text: '轮常规巡察，覆盖全县' },
      { type: 'field', key: '覆盖全县×万名', value: null, source: null, gap: { marker: '×', kind: 'number' } },
      { type: 'text', text: '万名党员干部。' },
    ]);
    expect(inlineText(content)).toBe('全年统筹开展×轮常规巡察，覆盖全县×万名党员干部。');
  });

  it('leaves text without gaps as one run', () => {
    expect(inlinesWithGaps('表格为3×4的矩阵。')).toEqual([{ type: 'text', text: '表格为3×4的矩阵。' }]);
  });

  it('turns the gaps of an imported speech into fields of its body', () => {
    const { document } = importPlainText('在全县巡察工作会议上的讲话\n\n同志们：\n今年以来，全县统筹开展×轮常规巡察，发现问题××个，请【单位名称】于XX月XX日前报送。');
    const fields = document.body.flatMap((block) => ('content' in block ? (block.content as Inline[]) : [])).filter((inline) => inline.type === 'field');
    expect(fields.map((field) => field.type === 'field' && [field.gap?.marker, field.gap?.kind])).toEqual([
      ['×', 'number'],
      ['××', 'number'],
      ['【单位名称】', 'prompt'],
      ['XX月XX日', 'date'],
    ]);
  });
});
