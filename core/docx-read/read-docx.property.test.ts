import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../tests/fixtures/check/ooxml-package.ts';
import { wordLikeParts } from '../../tests/fixtures/check/word-like-document.ts';
import { checkModel } from '../check/check-docx.ts';
import { DocxReadError } from './docx-read-error.ts';
import { readDocx } from './read-docx.ts';
import { noPoisoning } from '../../tests/support/no-poisoning.ts';

const parts = wordLikeParts();
const docx = zipParts(parts);
const documentXml = parts['word/document.xml']!;

/** XML-ish fragments a damaged or hostile document.xml could hold. */
const fragment = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('<w:p>', '</w:p>', '<w:r><w:t>', '</w:t></w:r>', '<w:tbl><w:tr><w:tc>', '<w:sectPr/>', '<!DOCTYPE x [<!ENTITY a "b">]>', '&a;', '<w:t xml:space="preserve">', '<w:__proto__/>', '<w:p w:constructor="1">', '<w:gridCol w:w="-1"/>', '<w:pgSz w:w="NaN"/>', '<![CDATA[', ']]>'),
);

/** Random bytes, bytes behind a zip signature, a real .docx with bytes changed, and one whose body XML is spliced with fragments. */
const inputs = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.uint8Array({ maxLength: 2000 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
  fc.array(fc.tuple(fc.nat(docx.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
    const bytes = docx.slice();
    for (const [at, value] of edits) bytes[at] = value;
    return bytes;
  }),
  fc.tuple(fc.nat(documentXml.length), fc.array(fragment, { minLength: 1, maxLength: 5 })).map(([at, pieces]) =>
    zipParts({ ...parts, 'word/document.xml': documentXml.slice(0, at) + pieces.join('') + documentXml.slice(at) }),
  ),
);

describe('readDocx and the checker (properties)', () => {
  it('read any bytes into a model or a DocxReadError, quickly and without touching any global', () => {
    fc.assert(
      fc.property(inputs, (bytes) => {
        const started = performance.now();
        try {
          const model = readDocx(bytes);
          expect(Array.isArray(checkModel(model))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DocxReadError);
        }
        expect(performance.now() - started).toBeLessThan(5000);
      }).afterEach(noPoisoning),
      { numRuns: 300 },
    );
  });
});
