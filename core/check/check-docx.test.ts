import { describe, expect, it } from 'vitest';
import { brokenDocumentBytes, brokenDocuments } from '../../tests/fixtures/check/broken-documents.ts';
import { editParts, zipParts } from '../../tests/fixtures/check/ooxml-package.ts';
import { wordLikeParts } from '../../tests/fixtures/check/word-like-document.ts';
import { wpsLikeDocx } from '../../tests/fixtures/check/wps-like-document.ts';
import { checkDocx } from './check-docx.ts';
import { ruleIds, ruleTable } from './rule-table.ts';

describe('checkDocx on a correct document written the way Word and WPS write one', () => {
  it('finds nothing', () => {
    expect(checkDocx(zipParts(wordLikeParts()))).toEqual([]);
  });
});

describe('each rule fires on a document broken on purpose', () => {
  for (const broken of brokenDocuments) {
    it(`${broken.rule}: ${broken.name}`, () => {
      const findings = checkDocx(brokenDocumentBytes(broken));
      const hit = findings.filter((f) => f.rule === broken.rule);
      expect(hit, JSON.stringify(findings, null, 1)).not.toHaveLength(0);
      for (const finding of hit) {
        expect(finding.severity).toBe(ruleTable[broken.rule].severity);
        expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  it('covers every rule of the table', () => {
    const covered = new Set(brokenDocuments.map((b) => b.rule));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('checkDocx reads layouts Word users build by hand', () => {
  it.each([
    ['the border of an empty paragraph', '<w:p><w:pPr><w:pStyle w:val="Plain"/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="FF0000"/></w:pBdr></w:pPr></w:p>'],
    [
      'a line shape anchored in an empty paragraph',
      '<w:p><w:pPr><w:pStyle w:val="Plain"/></w:pPr><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="9" name="红线"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr><a:ln w="19050"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:line strokecolor="red"/></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
    ],
  ])('counts the blank lines above the title from a red line drawn as %s', (_, separator) => {
    const parts = editParts(wordLikeParts(), [
      { part: 'word/document.xml', from: '<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="8" w:color="FF0000"/></w:pBdr>', to: '' },
      { part: 'word/document.xml', from: /<!--gap-title--><w:p>.*?<\/w:p>/s, to: separator },
    ]);
    expect(checkDocx(zipParts(parts)).filter((f) => f.rule === 'title-spacing')).toEqual([
      expect.objectContaining({ message: '标题与红色分隔线之间空 1 行，应空二行' }),
    ]);
  });

  it('does not ask a centred line in the body for a first-line indent', () => {
    const parts = editParts(wordLikeParts(), [{ part: 'word/document.xml', from: '<!--first-body--><w:p>', to: '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>表1　组织设置情况</w:t></w:r></w:p><!--first-body--><w:p>' }]);
    expect(checkDocx(zipParts(parts))).toEqual([]);
  });
});

describe('checkDocx on a document with the habits of WPS templates, built with the docx library', () => {
  it('warns about 固定值 28 磅 under a 15.6 磅 grid and finds nothing else', async () => {
    const findings = checkDocx(await wpsLikeDocx());
    expect([...new Set(findings.map((f) => `${f.severity} ${f.rule}`))].sort()).toEqual(['warning grid-snap', 'warning line-pitch-short']);
  });
});

describe('checkDocx recognises the closing of the body', () => {
  it('finds the 主送 of a draft that has no 版头 and no title', () => {
    const parts = editParts(wordLikeParts(), [{ part: 'word/document.xml', from: /<w:body>.*?<!--addressee-->/s, to: '<w:body>' }]);
    expect(checkDocx(zipParts(parts))).toEqual([]);
    const colonless = editParts(parts, [{ part: 'word/document.xml', from: '>各乡镇纪委、县直各单位：<', to: '>各乡镇纪委、县直各单位<' }]);
    expect(checkDocx(zipParts(colonless)).map((f) => f.rule)).toEqual(['addressee-colon']);
  });

  it('reads 特此通知 without a full stop as body text, not as a 署名', () => {
    const parts = editParts(wordLikeParts(), [
      { part: 'word/document.xml', from: /<!--attachment-note--><w:p>.*?<\/w:p>\s*<!--attachment-item--><w:p>.*?<\/w:p>/s, to: '<w:p><w:r><w:t>特此通知</w:t></w:r></w:p>' },
      { part: 'word/document.xml', from: /<!--label-1-->.*?本规则适用于全县各级纪检监察组织。<\/w:t><\/w:r><\/w:p>/s, to: '' },
      { part: 'word/document.xml', from: '<w:sectPr><w:pgSz', to: '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/><w:pgSz' },
    ]);
    expect(checkDocx(zipParts(parts))).toEqual([]);
  });
});
