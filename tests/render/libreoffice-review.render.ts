/**
 * Reviews recorded by LibreOffice itself (tests/render/soffice-review.ts runs a Basic macro in
 * headless soffice): comments, recorded insertions, deletions and an added paragraph, and an
 * edit made with recording off, in different sections of an export for review. The review
 * import reads each one with LibreOffice's author and maps it to its section and paragraph,
 * with and without our anchors; the 修改对照 built from it shows the new wording.
 */
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { compareReviewed } from '../../core/review/compare-rows.ts';
import { mapReview, type ReviewChange, type ReviewDraft } from '../../core/review/map-review.ts';
import { readReviewedDocx } from '../../core/review/read-reviewed-docx.ts';
import { sampleRedHeadNotice } from '../support/sample-document.ts';
import { reviewInLibreOffice, type LibreOfficeEdit } from './soffice-review.ts';

const document = sampleRedHeadNotice();
const draft: ReviewDraft = { id: 'draft-1', title: '教育整顿回头看通知', document, versions: [{ id: 'version-1', name: '送审稿', document }] };
const stamp = { draftId: 'draft-1', versionId: 'version-1', versionName: '送审稿' };
const author = '李书记';

const edits: LibreOfficeEdit[] = [
  { kind: 'comment', on: '坚持问题导向', text: '此处请补充具体目标。' },
  { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
  { kind: 'delete', words: '，举一反三' },
  { kind: 'addParagraph', after: '聚焦“国之大者”', text: '请各单位于3月底前报送自查报告。' },
  { kind: 'rewrite', from: '主要负责同志亲自抓', to: '主要负责同志亲自抓、负总责' },
];

const brief = (changes: readonly ReviewChange[]) => changes.map((c) => [c.kind, c.text, c.location && `${c.location.section}#${c.location.paragraph}`]);

const expected = [
  ['insertion', '请各单位于3月底前报送自查报告。', '二、主要任务#2'],
  ['deletion', '，举一反三', '二、主要任务#3'],
  ['insertion', '、实行销号管理', '二、主要任务#4'],
  ['comment', '此处请补充具体目标。', '一、总体要求#2'],
  ['edit', expect.stringContaining('主要负责同志亲自抓、负总责，确保') as unknown as string, '三、工作要求#2'],
];

describe('a review recorded by LibreOffice', () => {
  it('maps every comment, recorded change and unrecorded edit to its section, with LibreOffice’s author', async () => {
    const reviewed = readReviewedDocx(await reviewInLibreOffice(await writeDocx(document, { review: stamp }), author, edits));
    expect(reviewed.stamp).toEqual(stamp);
    const report = mapReview(draft, reviewed);
    expect(report.anchored).toBe(true);
    expect(brief(report.changes)).toEqual(expected);
    expect(report.changes[0]?.location?.by).toBe('after');
    for (const change of report.changes.filter((c) => c.kind !== 'edit')) expect(change.author, `${change.kind}“${change.text}”的作者`).toBe(author);
    expect(report.changes.find((c) => c.kind === 'comment')).toMatchObject({ before: '坚持问题导向', date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown as string });

    const comparison = compareReviewed(draft, reviewed, '审阅稿.docx');
    expect(comparison.rows.map((r) => [r.section, r.paragraph, r.added])).toEqual([
      ['二、主要任务', 2, true],
      ['二、主要任务', 3, false],
      ['二、主要任务', 4, false],
      ['三、工作要求', 2, false],
    ]);
    expect(comparison.rows[0]?.after).toBe('请各单位于3月底前报送自查报告。');
  }, 120_000);

  it('places the same review by wording in a file exported without anchors', async () => {
    const report = mapReview(draft, readReviewedDocx(await reviewInLibreOffice(await writeDocx(document), author, edits)));
    expect(report.anchored).toBe(false);
    expect(brief(report.changes)).toEqual(expected);
  }, 120_000);
});
