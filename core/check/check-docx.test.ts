import { describe, expect, it } from 'vitest';
import { brokenDocumentBytes, brokenDocuments } from '../../tests/fixtures/check/broken-documents.ts';
import { zipParts } from '../../tests/fixtures/check/ooxml-package.ts';
import { wordLikeParts } from '../../tests/fixtures/check/word-like-document.ts';
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
