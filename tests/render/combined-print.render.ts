/**
 * The combined print file of a batch in LibreOffice: each document starts on an odd page (a
 * blank page is inserted after an odd-length one), its pages are numbered from 1, and the page
 * count is what each document has on its own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinePackages } from '../../core/docx/combine-packages.ts';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { prepareDocument } from '../../core/typeset/prepare.ts';
import { longReport } from '../support/long-document.ts';
import { sampleNotice, sampleRedHeadNotice } from '../support/sample-document.ts';
import { measurePdf } from './measure-pdf.ts';
import { isBlankPage, pageNumber } from './page-analysis.ts';
import { convertBatch } from './soffice.ts';

const documents = [sampleRedHeadNotice(), longReport(3), sampleNotice()];

describe('合并打印文件', () => {
  it('每份公文从奇数页开始、页码从 1 起，总页数等于各份之和（奇数页数的一份后补一张空白页）', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-combined-'));
    const file = join(dir, 'combined.docx');
    writeFileSync(file, combinePackages('合并打印', await Promise.all(documents.map((document) => writeDocx(document)))));
    const [pdf] = await convertBatch([file], { outDir: dir });
    const { pages } = await measurePdf(pdf!);
    // What each document shows on its own, page by page: its number, none (a 版记-only page), or blank.
    const own = documents.map((document) => prepareDocument(document).layout.pages.map((page) => (page.kind === 'blank' ? null : page.showNumber ? page.number : 'none')));
    const expected = own.flatMap((pagesOfOne, i) => [...pagesOfOne, ...(i < own.length - 1 && pagesOfOne.length % 2 === 1 ? [null] : [])]);
    const printed = pages.map((page) => (isBlankPage(page) ? null : (pageNumber(page)?.value ?? 'none')));
    expect(printed).toEqual(expected);
  }, 120_000);
});
