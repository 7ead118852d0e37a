import { describe, expect, it } from 'vitest';
import { writeDocx } from '../docx/write-docx.ts';
import type { GongwenDocument } from '../model/document.ts';
import { inlineText, text, type Inline } from '../model/inline.ts';
import { sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { editParts, unzipParts, zipParts } from '../../tests/fixtures/check/ooxml-package.ts';
import { reviewAsWord, type WordEdit } from '../../tests/fixtures/review/word-review.ts';
import { applyReview, dataFieldsChanged, type DecidedChange } from './apply-review.ts';
import { draftParagraphs } from './draft-paragraphs.ts';
import { mapReview } from './map-review.ts';
import { readReviewedDocx } from './read-reviewed-docx.ts';

const count: Inline = {
  type: 'field',
  key: '问题数',
  value: '37',
  source: { dataset: '巡察反馈台账', sheet: null, column: '问题', aggregate: 'count', rows: [2, 3], filter: '' },
};
const base = sampleRedHeadNotice();
const sent: GongwenDocument = {
  ...base,
  body: base.body.map((block, i) => (i === 6 && block.type === 'heading' ? { ...block, runIn: [...text('对照2023年度巡察反馈的'), count, ...text('个问题，逐项建立台账，明确责任单位和整改时限。')] } : block)),
};

/** `retype` plays a leader typing over one whole run of the exported text without tracking. */
async function changesOf(edits: WordEdit[], retype?: { from: string; to: string }): Promise<DecidedChange[]> {
  const exported = await writeDocx(sent, { review: { draftId: 'd1', versionId: 'v1', versionName: '送审稿' } });
  let file = reviewAsWord(exported, { author: '李书记', date: '2024-03-04T09:30:00Z' }, edits);
  if (retype) file = zipParts(editParts(unzipParts(file), [{ part: 'word/document.xml', from: `>${retype.from}</w:t>`, to: `>${retype.to}</w:t>` }]));
  const reviewed = readReviewedDocx(file);
  const report = mapReview({ id: 'd1', title: '通知', document: sent, versions: [{ id: 'v1', name: '送审稿', document: sent }] }, reviewed);
  return report.changes.map((change, id) => ({ ...change, id, decision: 'accepted' }));
}

const paragraphs = (document: GongwenDocument) => draftParagraphs(document).filter((p) => p.source.startsWith('body.')).map((p) => p.text);

describe('applyReview', () => {
  it('carries accepted insertions, deletions and untracked edits into the paragraphs, leaving the fields elsewhere', async () => {
    const changes = await changesOf([
      { kind: 'comment', on: '坚持问题导向', text: '此处请补充具体目标。' },
      { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
      { kind: 'delete', words: '，举一反三' },
      { kind: 'rewrite', from: '主要负责同志亲自抓', to: '主要负责同志亲自抓、负总责' },
    ]);
    const result = applyReview(sent, sent, changes);
    expect(result.problems).toEqual([]);
    expect(result.applied.sort()).toEqual(changes.map((c) => c.id).sort());
    const text = paragraphs(result.document).join('\n');
    expect(text).toContain('逐项建立台账、实行销号管理，明确责任单位');
    expect(text).toContain('全面排查问题线索；');
    expect(text).toContain('主要负责同志亲自抓、负总责，确保');
    const heading = result.document.body[6];
    expect(heading?.type === 'heading' && heading.runIn?.find((i) => i.type === 'field')).toEqual(count);
  });

  it('applies only what was accepted', async () => {
    const changes = await changesOf([
      { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
      { kind: 'delete', words: '，举一反三' },
    ]);
    const decided = changes.map((c) => ({ ...c, decision: c.kind === 'deletion' ? ('rejected' as const) : ('accepted' as const) }));
    const text = paragraphs(applyReview(sent, sent, decided).document).join('\n');
    expect(text).toContain('实行销号管理');
    expect(text).toContain('举一反三');
  });

  it('flags and changes a ledger number the leader rewrote, keeping where it came from', async () => {
    const changes = await changesOf([], { from: '37', to: '45' });
    expect(changes.map((c) => dataFieldsChanged(sent, c))).toEqual([['问题数']]);
    const heading = applyReview(sent, sent, changes).document.body[6];
    expect(heading?.type === 'heading' && heading.runIn?.find((i) => i.type === 'field')).toEqual({ ...count, value: '45' });
  });

  it('deletes, adds and moves whole paragraphs', async () => {
    const changes = await changesOf([
      { kind: 'deleteParagraph', paragraph: '为巩固深化' },
      { kind: 'addParagraph', after: '坚持问题导向', text: '请各单位于3月底前报送自查报告。', tracked: false },
      { kind: 'moveParagraph', paragraph: '各单位要高度重视', after: '坚持问题导向' },
    ]);
    const result = applyReview(sent, sent, changes);
    expect(result.problems).toEqual([]);
    const body = result.document.body.map((b) => (b.type === 'paragraph' ? inlineText(b.content) : b.type === 'heading' ? inlineText(b.content) : b.type));
    expect(body.slice(0, 5)).toEqual(['总体要求', expect.stringContaining('坚持以习近平') as string, expect.stringContaining('各单位要高度重视') as string, '请各单位于3月底前报送自查报告。', '主要任务']);
  });

  it('leaves a paragraph the writer changed after the 送审稿 alone and says so', async () => {
    const changes = await changesOf([{ kind: 'delete', words: '，举一反三' }]);
    const edited: GongwenDocument = { ...sent, body: sent.body.map((b, i) => (i === 5 && b.type === 'enumeration' ? { ...b, lead: text('重点做好以下三项工作：') } : b)) };
    const result = applyReview(sent, edited, changes);
    expect(result.applied).toEqual([]);
    expect(result.problems).toEqual([{ id: 0, message: expect.stringContaining('送审后草稿中这一段又改过') as string }]);
    expect(result.document.body).toEqual(edited.body);
  });

  it('takes the leader\'s words into the title, wherever its lines break, unless the writer changed it since', async () => {
    const changes = await changesOf([{ kind: 'insert', after: '队伍教育整顿“回头看”工作', text: '实施方案' }]);
    const titleChange = changes.find((c) => c.location?.source === 'title');
    expect(titleChange).toBeDefined();
    const taken = applyReview(sent, sent, changes);
    expect(taken.problems).toEqual([]);
    expect(taken.document.title).toBe('关于开展2024年度全县纪检监察干部队伍教育整顿“回头看”工作实施方案的通知');

    const retitled = { ...sent, title: '关于开展教育整顿“回头看”工作的通知' };
    const kept = applyReview(sent, retitled, changes);
    expect(kept.document.title).toBe(retitled.title);
    expect(kept.problems).toEqual([{ id: titleChange!.id, message: '送审后标题又改过，为免覆盖没有自动修改，请对照审阅稿手工修改' }]);
  });

  it('takes the leader\'s words into 主送机关 and 附注 too; 落款 stays for the writer', async () => {
    const changes = await changesOf(
      [
        { kind: 'insert', after: '各乡镇纪委、县直各单位', text: '、县属国有企业' },
        { kind: 'rewrite', from: '（联系人：张某某，联系电话：0000-1234567）', to: '（联系人：张某某）' },
      ],
      { from: '中共示范县纪律检查委员会', to: '中共示范县纪律检查委员会办公室' },
    );
    const result = applyReview(sent, sent, changes);
    expect(result.document.addressees).toEqual(['各乡镇纪委', '县直各单位', '县属国有企业']);
    expect(result.document.note).toBe('联系人：张某某');
    expect(result.problems.map((p) => p.message)).toEqual(['发文机关署名、成文日期、版记等版面部分不自动修改，请按审阅稿手工修改']);
    expect(result.document.signature).toEqual(sent.signature);
  });
});
