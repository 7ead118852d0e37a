import { describe, expect, it } from 'vitest';
import { zipParts } from '../../tests/fixtures/check/ooxml-package.ts';
import { readReviewedDocx } from './read-reviewed-docx.ts';

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text: string, tag = 't') => `<w:r><w:${tag} xml:space="preserve">${text}</w:${tag}></w:r>`;
const ins = (text: string, date = '2024-03-06T10:15:00Z') => `<w:ins w:id="1" w:author="李书记" w:date="${date}">${run(text)}</w:ins>`;

function docx(paragraph: string): Uint8Array {
  return zipParts({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<?xml version="1.0"?><w:document ${w}><w:body><w:p>${paragraph}</w:p></w:body></w:document>`,
  });
}

describe('readReviewedDocx', () => {
  it('reads the w:ins LibreOffice writes per run of one recorded insertion as one change', () => {
    const [paragraph] = readReviewedDocx(docx(run('聚焦重点。') + ins('请各单位于') + ins('3') + ins('月底前报送。'))).paragraphs;
    expect(paragraph?.marks).toEqual([{ kind: 'insertion', author: '李书记', date: '2024-03-06T10:15:00Z', text: '请各单位于3月底前报送。', at: 5 }]);
    expect(paragraph?.current).toBe('聚焦重点。请各单位于3月底前报送。');
  });

  it('keeps insertions apart when text stands between them or they were made at different times', () => {
    const apart = readReviewedDocx(docx(ins('甲') + run('乙') + ins('丙'))).paragraphs[0]?.marks.map((m) => m.text);
    expect(apart).toEqual(['甲', '丙']);
    const later = readReviewedDocx(docx(ins('甲') + ins('丙', '2024-03-07T09:00:00Z'))).paragraphs[0]?.marks.map((m) => m.text);
    expect(later).toEqual(['甲', '丙']);
  });
});
