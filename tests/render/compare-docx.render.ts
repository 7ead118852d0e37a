/**
 * The 修改对照 document in LibreOffice: A4 pages with the 版心 margins and "— N —" page
 * numbers, the title in 2号, the note in 3号, every changed paragraph's section label, old and
 * new wording and the comment on the page, nothing outside the 版心. Previews go to
 * .reports/render/修改对照/ for a person to look at.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { writeComparisonDocx } from '../../core/review/compare-docx.ts';
import { compareReviewed } from '../../core/review/compare-rows.ts';
import { readReviewedDocx } from '../../core/review/read-reviewed-docx.ts';
import { reviewAsWord } from '../fixtures/review/word-review.ts';
import { sampleRedHeadNotice } from '../support/sample-document.ts';
import { measurePdf, renderPreviews } from './measure-pdf.ts';
import { bodyPitchPt, contentLines, isBodySize, pageNumber } from './page-analysis.ts';
import { reportDir } from './rendered-corpus.ts';
import { convertBatch } from './soffice.ts';
import { pageMm } from './units.ts';

const document = sampleRedHeadNotice();
const draft = { id: 'draft-1', title: document.title, document, versions: [{ id: 'version-1', name: '送审稿', document }] };

async function comparisonDocx(): Promise<Uint8Array> {
  const sent = await writeDocx(document, { review: { draftId: 'draft-1', versionId: 'version-1', versionName: '送审稿' } });
  const reviewed = reviewAsWord(sent, { author: '李书记', date: '2024-03-06T10:15:00Z' }, [
    { kind: 'comment', on: '坚持问题导向', text: '此处请补充具体目标。' },
    { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
    { kind: 'delete', words: '，举一反三' },
    { kind: 'rewrite', from: '主要负责同志亲自抓', to: '主要负责同志亲自抓、负总责' },
    { kind: 'addParagraph', after: '（一）', text: '请各单位于3月底前报送自查报告。', tracked: false },
  ]);
  return writeComparisonDocx(compareReviewed(draft, readReviewedDocx(reviewed), '审阅稿.docx'));
}

describe('修改对照', () => {
  it('prints on GB/T 9704 pages with every change, its section and the comment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-compare-'));
    const file = join(dir, '修改对照.docx');
    writeFileSync(file, await comparisonDocx());
    const [pdf] = await convertBatch([file], { outDir: dir });
    const { pages } = await measurePdf(pdf!);
    await renderPreviews(pdf!, join(reportDir, '修改对照'), pages.length);

    for (const page of pages) {
      expect([Math.round(page.widthMm), Math.round(page.heightMm)]).toEqual([pageMm.width, pageMm.height]);
      expect(pageNumber(page)?.value, `第 ${page.number} 页页码`).toBe(page.number);
      for (const line of contentLines(page)) {
        expect(line.x0, `“${line.text}”超出版心左边`).toBeGreaterThanOrEqual(pageMm.textLeft - 1);
        expect(line.x1, `“${line.text}”超出版心右边`).toBeLessThanOrEqual(pageMm.textRight + 1);
        expect(line.top, `“${line.text}”高于版心`).toBeGreaterThanOrEqual(pageMm.textTop - 1);
      }
    }
    const lines = pages.flatMap(contentLines);
    const text = lines.map((line) => line.text).join('');
    const title = lines[0]!;
    expect(title.cjkPitch ?? 0, '标题应为 2 号字').toBeGreaterThan(21);
    const note = lines.find((line) => line.text.startsWith('原文为'));
    // A justified line with Latin words in it spreads its characters a little past the 3号 pitch.
    expect(note?.cjkPitch ?? 0, '说明应为 3 号字').toBeGreaterThanOrEqual(bodyPitchPt.min);
    expect(note?.cjkPitch ?? 0, '说明应为 3 号字').toBeLessThan(17);
    const labelRows = lines.filter((line) => /^\d\.[一二三]、.*(第\d+段|新增)$/.test(line.text.replace(/\s/g, '')));
    expect(labelRows).toHaveLength(4);
    expect(labelRows.every((line) => !isBodySize(line)), '表内为 4 号字').toBe(true);
    const labels = ['1.二、主要任务第2段之后新增', '2.二、主要任务第3段', '3.二、主要任务第4段', '4.三、工作要求第2段', '二、批注'];
    const positions = labels.map((label) => text.replace(/\s/g, '').indexOf(label));
    expect(positions.every((p) => p >= 0), `缺少标签：${labels.filter((_, i) => positions[i]! < 0).join('、')}`).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const words of ['实行销号管理', '负总责', '请各单位于3月底前报送自查报告', '此处请补充具体目标']) expect(text.replace(/\s/g, '')).toContain(words);
  }, 120_000);
});
