import { describe, expect, it } from 'vitest';
import { createBlankDocument, type Block, type GongwenDocument } from '../model/document.ts';
import { text } from '../model/inline.ts';
import { diffBlocks, diffDocuments } from './document-diff.ts';

const paragraph = (words: string): Block => ({ type: 'paragraph', content: text(words) });
const heading = (words: string): Block => ({ type: 'heading', level: 1, content: text(words), runIn: null });

function notice(body: Block[]): GongwenDocument {
  return { ...createBlankDocument('通知', '2024-03-05'), title: '关于开展专项检查的通知', body };
}

describe('diffDocuments', () => {
  it('reports identical versions as identical', () => {
    const doc = notice([heading('总体要求'), paragraph('甲')]);
    const diff = diffDocuments(doc, structuredClone(doc));
    expect(diff.identical).toBe(true);
    expect(diff.fields).toEqual([]);
    expect(diff.body.map((c) => c.kind)).toEqual(['unchanged', 'unchanged']);
  });

  it('names changed header fields in Chinese with both values', () => {
    const before = notice([]);
    const after: GongwenDocument = { ...before, header: { ...before.header, documentNumber: '某纪发〔2024〕5号' }, addressees: ['各乡镇纪委'] };
    expect(diffDocuments(before, after).fields).toEqual([
      { label: '发文字号', before: '（无）', after: '某纪发〔2024〕5号' },
      { label: '主送机关', before: '（无）', after: '各乡镇纪委' },
    ]);
  });

  it('aligns blocks: an inserted paragraph is added, a rewritten one is changed, a deleted one removed', () => {
    const before = [heading('一'), paragraph('旧的第二段'), paragraph('第三段'), heading('四'), paragraph('将删除')];
    const after = [heading('一'), paragraph('新的第二段'), paragraph('第三段'), paragraph('插入段'), heading('四')];
    const changes = diffBlocks(before, after);
    expect(changes.map((c) => [c.kind, c.before?.text ?? null, c.after?.text ?? null])).toEqual([
      ['unchanged', '一', '一'],
      ['changed', '旧的第二段', '新的第二段'],
      ['unchanged', '第三段', '第三段'],
      ['added', null, '插入段'],
      ['unchanged', '四', '四'],
      ['removed', '将删除', null],
    ]);
  });

  it('does not pair blocks of different types as a rewrite', () => {
    const changes = diffBlocks([paragraph('甲')], [heading('乙')]);
    expect(changes.map((c) => c.kind)).toEqual(['removed', 'added']);
  });

  it('treats key order inside blocks as irrelevant', () => {
    const a: Block = { type: 'heading', level: 2, content: text('甲'), runIn: null };
    const b = { runIn: null, content: text('甲'), level: 2, type: 'heading' } as Block;
    expect(diffBlocks([a], [b]).map((c) => c.kind)).toEqual(['unchanged']);
  });

  it('diffs attachments by number, including an added one', () => {
    const before = { ...notice([]), attachments: [{ title: '检查表', blocks: [paragraph('一')] }] };
    const after = { ...notice([]), attachments: [{ title: '检查表', blocks: [paragraph('一改')] }, { title: '名单', blocks: [] }] };
    const diff = diffDocuments(before, after);
    expect(diff.identical).toBe(false);
    expect(diff.attachments).toMatchObject([
      { number: 1, titleBefore: '检查表', titleAfter: '检查表', blocks: [{ kind: 'changed' }] },
      { number: 2, titleBefore: null, titleAfter: '名单', blocks: [] },
    ]);
  });

  it('keeps every block of long documents, beyond the alignment table limit', () => {
    const before = Array.from({ length: 3000 }, (_, i) => paragraph(`段${i}`));
    const after = before.map((block, i) => (i % 2 ? paragraph(`改${i}`) : block));
    const changes = diffBlocks(before, after);
    expect(changes.filter((c) => c.before).length).toBe(3000);
    expect(changes.filter((c) => c.after).length).toBe(3000);
  });
});
