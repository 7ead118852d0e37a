import { describe, expect, it } from 'vitest';
import { text } from '../../../../../core/model/inline.ts';
import { htmlParagraphs, textParagraphs } from './paste-html.ts';
import { pastedBlocks } from './pasted-blocks.ts';

// What Word for Windows puts on the clipboard, trimmed: conditional comments, a style sheet,
// MsoNormal paragraphs with inline fonts, source lines wrapped in the middle of Chinese words.
const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style><!--
p.MsoNormal {mso-style-parent:""; font-family:仿宋_GB2312;}
--></style><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
<body lang=ZH-CN><!--StartFragment-->
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:黑体;color:red'>二、加强组织
领导</span><span lang=EN-US><o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:16.0pt'>（一）强化政治监督。全年立案&nbsp;118&nbsp;件，<b>处分</b>103人。</span></p>
<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>
<p class=MsoNormal>一是抓学习；</p>
<p class=MsoNormal>二是抓落实。</p>
<p class=MsoNormal>A &amp; B<br>第二行</p>
<!--EndFragment--></body></html>`;

describe('paste', () => {
  it('keeps the words and paragraph breaks of Word HTML and drops its styling', () => {
    expect(htmlParagraphs(wordHtml)).toEqual(['二、加强组织领导', '（一）强化政治监督。全年立案 118 件，处分103人。', '一是抓学习；', '二是抓落实。', 'A & B', '第二行']);
  });

  it('reads plain clipboard text line by line', () => {
    expect(textParagraphs('第一段\r\n\r\n  第二段 \n')).toEqual(['第一段', '第二段']);
  });

  it('makes headings of lines with ordinals, whatever their number, and reads the rest like an import', () => {
    expect(pastedBlocks(htmlParagraphs(wordHtml))).toEqual([
      { type: 'heading', level: 1, content: text('加强组织领导'), runIn: null },
      { type: 'heading', level: 2, content: text('强化政治监督。'), runIn: text('全年立案 118 件，处分103人。') },
      { type: 'enumeration', style: 'yishi', runOn: false, lead: [], items: [text('抓学习；'), text('抓落实。')] },
      { type: 'paragraph', content: text('A & B') },
      { type: 'paragraph', content: text('第二行') },
    ]);
  });

  it('turns the gaps of pasted text into unfilled fields, in paragraphs and headings alike', () => {
    const [heading, paragraph] = pastedBlocks(htmlParagraphs('<p>一、【单位名称】巡察工作</p><p>全年开展×轮巡察，覆盖&nbsp;3×4&nbsp;个片区。</p>'));
    expect(heading).toMatchObject({ type: 'heading', content: [{ type: 'field', key: '单位名称', value: null, gap: { marker: '【单位名称】', kind: 'prompt' } }, { type: 'text', text: '巡察工作' }] });
    expect(paragraph).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: '全年开展' }, { type: 'field', key: '全年开展×轮', value: null, source: null, gap: { marker: '×', kind: 'number' } }, { type: 'text', text: '轮巡察，覆盖 3×4 个片区。' }],
    });
  });

  it('keeps a look-alike ordinal as typed text', () => {
    expect(pastedBlocks(['(一)不规范的序号'])).toEqual([{ type: 'paragraph', content: text('(一)不规范的序号') }]);
  });

  it('keeps a name the document confirmed as anonymised as text when it is pasted again, and only that name', () => {
    const [paragraph] = pastedBlocks(['张某某同志与李某某同志作了发言。'], ['张某某']);
    expect(paragraph).toMatchObject({ type: 'paragraph', content: [{ type: 'text', text: '张某某同志与李' }, { type: 'field', gap: { marker: '某某', kind: 'name' } }, { type: 'text', text: '同志作了发言。' }] });
    const [heading] = pastedBlocks(['一、张某某同志的发言'], ['张某某']);
    expect(heading).toMatchObject({ type: 'heading', content: [{ type: 'text', text: '张某某同志的发言' }] });
  });
});
