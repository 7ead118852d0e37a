import { describe, expect, it } from 'vitest';
import { sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { docxParagraphTexts, docxParts } from '../../tests/support/docx-parts.ts';
import { anchorName, sourceOfAnchor } from './review-anchors.ts';
import { writeDocx } from './write-docx.ts';

describe('review anchors', () => {
  it('names model paths within Word’s 40 characters and reads them back', () => {
    for (const source of ['body.3', 'body.6.items.1', 'body.8.rows.12.cells.3', 'attachments.1.blocks.40.rows.2.cells.0', 'title', 'header.documentNumber', 'signature.organs']) {
      const name = anchorName(source)!;
      expect(name.length).toBeLessThanOrEqual(40);
      expect(name).toMatch(/^_GW_[A-Za-z0-9_]+$/);
      expect(sourceOfAnchor(name)).toBe(source);
      expect(sourceOfAnchor(`${name}__2`)).toBe(source);
    }
    expect(sourceOfAnchor('_Toc123456')).toBeNull();
  });

  it('marks every sourced paragraph of an export for review and stamps the draft, printing the same text', async () => {
    const document = sampleRedHeadNotice();
    const plain = await writeDocx(document);
    const review = await writeDocx(document, { review: { draftId: 'draft-1', versionId: 'version-2', versionName: '送审稿' } });
    const parts = docxParts(review);
    expect(docxParagraphTexts(review)).toEqual(docxParagraphTexts(plain));
    expect(parts['word/document.xml']).toContain('<w:bookmarkStart w:id="1" w:name="_GW_h_copyNumber"/>');
    expect(parts['word/document.xml']).toContain('w:name="_GW_b8_r1_c1"/>');
    const starts = [...parts['word/document.xml']!.matchAll(/<w:bookmarkStart w:id="(\d+)" w:name="([^"]+)"/g)];
    expect(new Set(starts.map((m) => m[2])).size).toBe(starts.length);
    expect(parts['word/document.xml']!.match(/<w:bookmarkEnd /g)?.length).toBe(starts.length);
    expect(parts['docProps/custom.xml']).toContain('name="GongwenDraftId"><vt:lpwstr>draft-1</vt:lpwstr>');
    expect(parts['docProps/custom.xml']).toContain('<vt:lpwstr>送审稿</vt:lpwstr>');
    expect(docxParts(plain)['word/document.xml']).not.toContain('bookmarkStart');
    expect(docxParts(plain)['docProps/custom.xml']).not.toContain('property');
  });
});
