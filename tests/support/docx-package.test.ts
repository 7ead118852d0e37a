import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { packageProblems } from './docx-package.ts';
import { sampleNotice } from './sample-document.ts';
import { notWellFormed } from './strict-xml.ts';

const written = unzipSync(await writeDocx(sampleNotice()));

function edited(changes: Record<string, string | null>): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = { ...written };
  for (const [name, xml] of Object.entries(changes)) {
    if (xml === null) delete files[name];
    else files[name] = strToU8(xml);
  }
  return unzipSync(zipSync(files));
}

const text = (name: string) => new TextDecoder().decode(written[name]);

describe('packageProblems', () => {
  it('finds nothing wrong with what the writer makes', () => {
    expect(packageProblems(written)).toEqual([]);
  });

  it('names a part without a content type, an override without a part, a dangling target, an unknown r:id and an orphan', () => {
    const problems = packageProblems(
      edited({
        'word/media/seal.emf': '',
        '[Content_Types].xml': text('[Content_Types].xml').replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/xml"/></Types>'),
        'word/_rels/document.xml.rels': text('word/_rels/document.xml.rels').replace('Target="fontTable.xml"', 'Target="fonts.xml"'),
        'word/document.xml': text('word/document.xml').replace('<w:body>', '<w:body><w:p><w:hyperlink r:id="rId99"/></w:p>'),
      }),
    );
    expect(problems).toEqual([
      'word/media/seal.emf：没有内容类型',
      '[Content_Types].xml：Override 指向不存在的部件 /word/comments.xml',
      expect.stringMatching(/^word\/_rels\/document\.xml\.rels：关系 rId\d+ 的目标 fonts\.xml 不存在$/),
      'word/document.xml：r:id rId99 不在 word/_rels/document.xml.rels 中',
      'word/fontTable.xml：没有任何关系指向它（孤立部件）',
      'word/media/seal.emf：没有任何关系指向它（孤立部件）',
    ]);
  });
});

describe('notWellFormed', () => {
  it('accepts what the writer makes, Extension-B and emoji included', () => {
    expect(notWellFormed({ 'a.xml': strToU8('<a x="&amp;&lt;">𠀀𪚥😀</a>') })).toEqual({});
  });

  it.each([
    ['a bare &', '<a>&</a>'],
    ['U+FFFE', '<a>\uFFFE</a>'],
    ['a C0 control', '<a>\u0001</a>'],
    [']]> in text', '<a>]]></a>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['an unbound prefix', '<w:p/>'],
    ['a mismatched end tag', '<a><b></a>'],
  ])('refuses %s', (_what, xml) => {
    expect(Object.keys(notWellFormed({ 'bad.xml': strToU8(xml) }))).toEqual(['bad.xml']);
  });
});
