import { describe, expect, it } from 'vitest';
import { unzipParts } from '../../tests/fixtures/check/ooxml-package.ts';
import { sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { writeDocx } from './write-docx.ts';

// Header parts come first, so the footers' relationship ids move up.
const withoutHeaders = (xml: string) => xml.replace(/<w:headerReference [^>]*\/>/g, '').replace(/r:id="rId\d+"/g, '');
const headers = (parts: Record<string, string>) =>
  Object.entries(parts)
    .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
    .map(([, xml]) => xml);

describe('header note (送审稿)', () => {
  it('adds the note to the default and even headers and leaves the body XML as it was', async () => {
    const document = sampleRedHeadNotice();
    const plain = unzipParts(await writeDocx(document));
    const noted = unzipParts(await writeDocx(document, { headerNote: '送审稿' }));
    expect(headers(plain)).toEqual([]);
    expect(headers(noted)).toHaveLength(2);
    for (const xml of headers(noted)) expect(xml).toMatch(/<w:framePr [^>]*w:vAnchor="page"[^>]*\/>.*<w:jc w:val="right"\/>.*<w:t xml:space="preserve">送审稿<\/w:t>/);
    expect(withoutHeaders(noted['word/document.xml']!)).toBe(withoutHeaders(plain['word/document.xml']!));
  });

  it('puts the note before the 信函 first-page header, which keeps its own paragraphs', async () => {
    const letter = sampleRedHeadNotice({ form: 'letter' });
    const plain = unzipParts(await writeDocx(letter));
    const noted = unzipParts(await writeDocx(letter, { headerNote: '征求意见稿' }));
    const [firstPlain] = headers(plain);
    const firstNoted = headers(noted).find((xml) => xml.includes('中共示范县纪律检查委员会'));
    expect(firstNoted).toBeDefined();
    expect(firstNoted).toContain('征求意见稿');
    const note = /<w:p><w:pPr><w:framePr (?:(?!<\/w:p>).)*<\/w:p>/.exec(firstNoted!)![0];
    expect(firstNoted!.replace(note, '')).toBe(firstPlain);
    expect(headers(noted).every((xml) => xml.includes('征求意见稿'))).toBe(true);
  });
});
