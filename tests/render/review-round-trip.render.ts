/**
 * The review anchors and stamp survive a document being opened and saved again in LibreOffice,
 * and a Word-style review (comments, tracked insertion and deletion, an untracked edit) that
 * LibreOffice has re-saved in its own dialect still maps to the same sections.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { mapReview, type ReviewChange, type ReviewDraft } from '../../core/review/map-review.ts';
import { readReviewedDocx } from '../../core/review/read-reviewed-docx.ts';
import { reviewAsWord } from '../fixtures/review/word-review.ts';
import { sampleRedHeadNotice } from '../support/sample-document.ts';
import { resaveDocx } from './soffice.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-review-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const document = sampleRedHeadNotice();
const draft: ReviewDraft = { id: 'draft-1', title: '教育整顿回头看通知', document, versions: [{ id: 'version-1', name: '送审稿', document }] };
const stamp = { draftId: 'draft-1', versionId: 'version-1', versionName: '送审稿' };

async function throughLibreOffice(name: string, bytes: Uint8Array): Promise<Uint8Array> {
  const input = join(dir, name);
  writeFileSync(input, bytes);
  const out = join(dir, `out-${name.replace(/\.docx$/, '')}`);
  mkdirSync(out);
  return new Uint8Array(readFileSync(await resaveDocx(input, out)));
}

const brief = (changes: readonly ReviewChange[]) => changes.map((c) => [c.kind, c.text, c.location && `${c.location.section}#${c.location.paragraph}`]);

describe('review round trip through LibreOffice', () => {
  it('keeps every anchor and the stamp, so an unedited file has no changes', async () => {
    const exported = await writeDocx(document, { review: stamp });
    const before = readReviewedDocx(exported);
    const after = readReviewedDocx(await throughLibreOffice('送审稿.docx', exported));
    expect(after.stamp).toEqual(stamp);
    expect(after.paragraphs.flatMap((p) => p.anchors)).toEqual(before.paragraphs.flatMap((p) => p.anchors));
    expect(mapReview(draft, after).changes).toEqual([]);
  });

  it('reads a review LibreOffice has saved again: comments, tracked changes and an untracked edit', async () => {
    const reviewed = reviewAsWord(await writeDocx(document, { review: stamp }), { author: '李书记', date: '2024-03-06T10:15:00Z' }, [
      { kind: 'comment', on: '坚持问题导向', text: '此处请补充具体目标。' },
      { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
      { kind: 'delete', words: '，举一反三' },
      { kind: 'rewrite', from: '主要负责同志亲自抓', to: '主要负责同志亲自抓、负总责' },
    ]);
    const report = mapReview(draft, readReviewedDocx(await throughLibreOffice('审阅稿.docx', reviewed)));
    expect(brief(report.changes)).toEqual([
      ['deletion', '，举一反三', '二、主要任务#3'],
      ['insertion', '、实行销号管理', '二、主要任务#4'],
      ['comment', '此处请补充具体目标。', '一、总体要求#2'],
      ['edit', expect.stringContaining('负总责') as string, '三、工作要求#2'],
    ]);
    expect(report.changes.find((c) => c.kind === 'comment')).toMatchObject({ author: '李书记', before: '坚持问题导向' });
  });
});
