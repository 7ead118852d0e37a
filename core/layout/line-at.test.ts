import { describe, expect, it } from 'vitest';
import { bodyIndent, paragraph, run } from '../typeset/build.ts';
import type { TypesetDocument } from '../typeset/typeset.ts';
import { gbt9704 } from './gbt9704.ts';
import { layoutDocument } from './layout-document.ts';
import { lineAt } from './line-at.ts';

const fonts = { fangsong: '仿宋_GB2312', kaiti: '楷体_GB2312', heiti: '黑体', xiaobiaosong: '方正小标宋简体', songti: '宋体', latin: 'Times New Roman' };
const document: TypesetDocument = {
  flow: [
    paragraph('body', [run('第一段'.repeat(12))], { indent: bodyIndent, source: 'body.0' }),
    paragraph('body', [run('第二段')], { indent: bodyIndent, source: 'body.1' }),
  ],
  recordStart: null,
  pageNumbers: { firstPage: true },
  letterhead: null,
  fonts,
};

describe('lineAt', () => {
  const page = layoutDocument(document).pages[0]!;
  const { top, left } = gbt9704.margin;

  it('finds the model element under a click inside a line', () => {
    expect(lineAt(page, left + 1000, top + 100)?.source).toBe('body.0');
    expect(lineAt(page, left + 1000, top + 2 * 579 + 100)?.source).toBe('body.1');
  });

  it('accepts a click just beside a short line but not over empty paper', () => {
    expect(lineAt(page, left + 640 + 3 * 314 + 100, top + 2 * 579 + 300)?.source).toBe('body.1');
    expect(lineAt(page, left + 5000, top + 10 * 579)).toBeNull();
  });
});
