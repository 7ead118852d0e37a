import { describe, expect, it } from 'vitest';
import { writeDocx } from '../docx/write-docx.ts';
import { text } from '../model/inline.ts';
import { sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { reviewAsWord, type WordEdit } from '../../tests/fixtures/review/word-review.ts';
import { compareDocuments, compareReviewed } from './compare-rows.ts';
import type { ReviewDraft } from './map-review.ts';
import { readReviewedDocx } from './read-reviewed-docx.ts';
import { ReviewError } from './review-error.ts';

const sent = sampleRedHeadNotice();
const draft: ReviewDraft = { id: 'draft-1', title: '教育整顿回头看通知', document: sent, versions: [{ id: 'version-1', name: '送审稿', document: sent }] };
const leader = { author: '李书记', date: '2024-03-04T09:30:00Z' };

async function reviewed(edits: WordEdit[], options: { anchors?: boolean } = {}) {
  const bytes = await writeDocx(sent, { review: { draftId: 'draft-1', versionId: 'version-1', versionName: '送审稿' } });
  return readReviewedDocx(reviewAsWord(bytes, leader, edits, options));
}

const brief = (rows: ReadonlyArray<{ section: string; paragraph: number; added: boolean; before: string; after: string }>) =>
  rows.map((r) => `${r.section}#${r.paragraph}${r.added ? '+' : ''}`);

describe('compareReviewed', () => {
  it('gives each changed paragraph its section, old wording and new wording with tracked changes accepted, and the comments', async () => {
    const comparison = compareReviewed(
      draft,
      await reviewed([
        { kind: 'comment', on: '坚持问题导向', text: '此处请补充具体目标。' },
        { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
        { kind: 'delete', words: '，举一反三' },
        { kind: 'rewrite', from: '主要负责同志亲自抓', to: '主要负责同志亲自抓、负总责' },
        { kind: 'addParagraph', after: '（一）', text: '请各单位于3月底前报送自查报告。', tracked: false },
      ]),
      '审阅稿.docx',
    );
    expect(comparison.beforeName).toBe('版本“送审稿”');
    expect(comparison.afterName).toContain('审阅稿.docx');
    expect(brief(comparison.rows)).toEqual(['二、主要任务#2+', '二、主要任务#3', '二、主要任务#4', '三、工作要求#2']);
    const [added, deleted, inserted, edited] = comparison.rows;
    expect(added).toMatchObject({ before: '', after: '请各单位于3月底前报送自查报告。' });
    expect(deleted?.before).toContain('全面排查问题线索，举一反三；');
    expect(deleted?.after).toContain('全面排查问题线索；');
    expect(inserted?.after).toContain('逐项建立台账、实行销号管理，明确');
    expect(edited?.after).toContain('亲自抓、负总责，确保');
    expect(comparison.comments).toMatchObject([{ kind: 'comment', author: '李书记', text: '此处请补充具体目标。', before: '坚持问题导向', location: { section: '一、总体要求', paragraph: 2 } }]);
  });

  it('finds the paragraphs by wording in a file without anchors, and shows a deleted paragraph', async () => {
    const comparison = compareReviewed(draft, await reviewed([{ kind: 'deleteParagraph', paragraph: '为巩固深化' }], { anchors: false }), '无锚点.docx');
    expect(comparison.rows).toMatchObject([{ section: '正文开头', paragraph: 1, added: false, after: '' }]);
    expect(comparison.rows[0]?.before).toMatch(/^为巩固深化/);
    expect(comparison.notes.join('')).toContain('没有本程序的段落锚点');
  });

  it('refuses another draft’s file like the review import does', async () => {
    const file = await reviewed([]);
    expect(() => compareReviewed({ ...draft, id: 'draft-2' }, file, '审阅稿.docx')).toThrow(ReviewError);
    expect(compareReviewed(draft, file, '审阅稿.docx').rows).toEqual([]);
  });
});

describe('compareDocuments', () => {
  it('pairs two versions by wording even when a paragraph was inserted before the changed one', () => {
    const later = sampleRedHeadNotice({
      body: [
        { type: 'paragraph', content: text('新增的开头一段。') },
        ...sent.body.slice(0, -1),
        { type: 'paragraph', content: text('各单位要高度重视，主要负责同志亲自抓、负总责，确保各项任务落到实处。工作中遇到的问题请及时与县纪委监委办公室联系，联系电话：0000-1234567。') },
      ],
    });
    const comparison = compareDocuments('教育整顿回头看通知', { name: '版本“征求意见稿”', document: sent }, { name: '版本“送审稿”', document: later });
    expect(brief(comparison.rows)).toEqual(['主送机关#1+', '三、工作要求#2']);
    expect(comparison.rows[1]?.after).toContain('负总责');
    expect(compareDocuments('同一稿', { name: 'a', document: sent }, { name: 'b', document: sent }).rows).toEqual([]);
  });
});
