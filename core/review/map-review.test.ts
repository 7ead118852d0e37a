import { describe, expect, it } from 'vitest';
import type { ReviewStamp } from '../docx/review-anchors.ts';
import { writeDocx } from '../docx/write-docx.ts';
import { text } from '../model/inline.ts';
import { sampleNotice, sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { reviewAsWord, type WordEdit } from '../../tests/fixtures/review/word-review.ts';
import { mapReview, type ReviewChange, type ReviewDraft } from './map-review.ts';
import { readReviewedDocx } from './read-reviewed-docx.ts';

const sent = sampleRedHeadNotice();
const draft: ReviewDraft = { id: 'draft-1', title: '教育整顿回头看通知', document: sent, versions: [{ id: 'version-1', name: '送审稿', document: sent }] };
const leader = { author: '李书记', date: '2024-03-04T09:30:00Z' };

async function exported(stamp: ReviewStamp = { draftId: 'draft-1', versionId: 'version-1', versionName: '送审稿' }) {
  return writeDocx(sent, { review: stamp });
}

async function review(edits: WordEdit[], options: { anchors?: boolean; reviewDraft?: ReviewDraft } = {}) {
  const reviewed = reviewAsWord(await exported(), leader, edits, options);
  return mapReview(options.reviewDraft ?? draft, readReviewedDocx(reviewed));
}

const where = (c: ReviewChange) => (c.location ? `${c.location.section}#${c.location.paragraph}` : null);
const brief = (changes: readonly ReviewChange[]) => changes.map((c) => ({ kind: c.kind, text: c.text, at: where(c) }));

describe('mapReview', () => {
  it('places a comment, a tracked insertion, a tracked deletion, a formatting change and an untracked edit in their sections', async () => {
    const report = await review([
      { kind: 'comment', on: '坚持问题导向', text: '此处请补充具体目标。' },
      { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
      { kind: 'delete', words: '，举一反三' },
      { kind: 'bold', words: '高度重视' },
      { kind: 'rewrite', from: '主要负责同志亲自抓', to: '主要负责同志亲自抓、负总责' },
    ]);
    expect(report.anchored).toBe(true);
    expect(report.versionName).toBe('送审稿');
    expect(brief(report.changes)).toEqual([
      { kind: 'deletion', text: '，举一反三', at: '二、主要任务#3' },
      { kind: 'insertion', text: '、实行销号管理', at: '二、主要任务#4' },
      { kind: 'formatting', text: '高度重视', at: '三、工作要求#2' },
      { kind: 'comment', text: '此处请补充具体目标。', at: '一、总体要求#2' },
      {
        kind: 'edit',
        text: '各单位要高度重视，主要负责同志亲自抓、负总责，确保各项任务落到实处。工作中遇到的问题请及时与县纪委监委办公室联系，联系电话：0000-1234567。',
        at: '三、工作要求#2',
      },
    ]);
    const comment = report.changes.find((c) => c.kind === 'comment')!;
    expect(comment).toMatchObject({ author: '李书记', date: '2024-03-04T09:30:00Z', before: '坚持问题导向' });
    expect(report.changes.find((c) => c.kind === 'insertion')).toMatchObject({ author: '李书记', location: { source: 'body.6', by: 'anchor' } });
    expect(report.changes.find((c) => c.kind === 'edit')?.before).toContain('主要负责同志亲自抓，确保');
  });

  it('reports tracked moves, and paragraphs moved, deleted or added without tracking', async () => {
    const report = await review([
      { kind: 'trackedMove', paragraph: '坚持以习近平', after: '各单位要高度重视' },
      { kind: 'moveParagraph', paragraph: '（二）', after: '工作要求' },
      { kind: 'deleteParagraph', paragraph: '为巩固深化' },
      { kind: 'addParagraph', after: '（一）', text: '请各单位于3月底前报送自查报告。', tracked: false },
      { kind: 'addParagraph', after: '建立问题清单', text: '问题清单实行动态管理。', tracked: true },
    ]);
    const kinds = brief(report.changes);
    expect(kinds).toContainEqual({ kind: 'moveFrom', text: expect.stringContaining('坚持以习近平') as string, at: '一、总体要求#2' });
    expect(kinds).toContainEqual({ kind: 'moveTo', text: expect.stringContaining('坚持以习近平') as string, at: '三、工作要求#2' });
    expect(kinds).toContainEqual({ kind: 'deletedParagraph', text: expect.stringContaining('为巩固深化') as string, at: '正文开头#1' });
    expect(kinds).toContainEqual({ kind: 'movedParagraph', text: expect.stringContaining('深化整改落实') as string, at: '二、主要任务#4' });
    expect(kinds).toContainEqual({ kind: 'addedParagraph', text: '请各单位于3月底前报送自查报告。', at: '二、主要任务#2' });
    expect(kinds).toContainEqual({ kind: 'insertion', text: '问题清单实行动态管理。', at: '二、主要任务#5' });
    expect(report.changes.find((c) => c.kind === 'addedParagraph')?.location?.by).toBe('after');
    expect(kinds.filter((c) => c.kind === 'edit')).toEqual([]);
  });

  it('finds paragraphs by their wording in a file without anchors', async () => {
    const report = await review(
      [
        { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
        { kind: 'rewrite', from: '主要负责同志亲自抓', to: '主要负责同志亲自抓、负总责' },
      ],
      { anchors: false },
    );
    expect(report.anchored).toBe(false);
    expect(report.versionName).toBeNull();
    expect(report.notes.join('')).toContain('没有本程序的段落锚点');
    expect(brief(report.changes)).toEqual([
      { kind: 'insertion', text: '、实行销号管理', at: '二、主要任务#4' },
      { kind: 'edit', text: expect.stringContaining('负总责') as string, at: '三、工作要求#2' },
    ]);
    expect(report.changes.every((c) => c.location?.by === 'text')).toBe(true);
  });

  it('keeps a change it cannot place, with no location', async () => {
    const report = await review([{ kind: 'prependParagraph', text: '请阅示。' }]);
    expect(brief(report.changes)).toEqual([{ kind: 'addedParagraph', text: '请阅示。', at: null }]);
  });

  it('compares with the version the file was sent as, not the draft edited since', async () => {
    const edited = { ...sent, body: [...sent.body, { type: 'paragraph' as const, content: text('此后补写的一段。') }] };
    const report = await review([], { reviewDraft: { ...draft, document: edited } });
    expect(report.changes).toEqual([]);
  });

  it('refuses a file exported from another draft, in Chinese', async () => {
    const reviewed = reviewAsWord(await exported({ draftId: 'draft-9', versionId: null, versionName: null }), leader, []);
    expect(() => mapReview(draft, readReviewedDocx(reviewed))).toThrow(/不是从草稿“教育整顿回头看通知”导出的.*draft-9/);
  });

  it('refuses a file without a stamp whose wording is another document', async () => {
    const other = await writeDocx(sampleNotice());
    expect(() => mapReview(draft, readReviewedDocx(other))).toThrow('文字大部分对不上');
  });
});
