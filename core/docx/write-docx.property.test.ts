import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleNotice } from '../../tests/support/sample-document.ts';
import { readDocx } from '../docx-read/read-docx.ts';
import { text } from '../model/inline.ts';
import { writeDocx } from './write-docx.ts';
import { noPoisoning } from '../../tests/support/no-poisoning.ts';

/** What XML 1.0 cannot carry: the writer drops it rather than write a file Word refuses. */
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any code units, and the characters a 公文 really mixes: XML specials, Extension-B, emoji, full-width punctuation. */
const paragraphText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", ']]>', '𠀀', '𪚥', '😀', '，', '。', '“', '”', '县', '纪', 'A', '1', ' ', '\u0001', '\uFFFF', '\uD800'), maxLength: 80 }),
);

describe('writeDocx (properties)', () => {
  it('writes well-formed parts whose body text reads back, for any text, without touching any global', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraphText, { minLength: 1, maxLength: 4 }), async (paragraphs) => {
        const started = performance.now();
        const bytes = await writeDocx(sampleNotice({ body: paragraphs.map((content) => ({ type: 'paragraph', content: text(content) })) }));
        for (const [name, data] of Object.entries(unzipSync(bytes))) {
          if (/\.(xml|rels)$/.test(name)) expect(XMLValidator.validate(strFromU8(data)), name).toBe(true);
        }
        const read = readDocx(bytes).paragraphs.map((paragraph) => paragraph.text);
        for (const written of paragraphs) {
          const expected = written.replace(notInXml, '');
          if (expected.trim()) expect(read).toContain(expected);
        }
        expect(performance.now() - started).toBeLessThan(5000);
      }).afterEach(noPoisoning),
      { numRuns: 150 },
    );
  });
});
