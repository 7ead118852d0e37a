/** Export of the vertical slice's 通知, compared with the same text in a bare `docx` document. */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { writeDocx } from '../core/docx/write-docx.ts';
import { inlineText } from '../core/model/inline.ts';
import { sampleNotice } from '../tests/support/sample-document.ts';
import type { Figure } from './figure.ts';

const notice = sampleNotice();

const bareDocx = async () => {
  const lines = [notice.title, notice.addressees.join('、'), ...notice.body.map((b) => (b.type === 'paragraph' ? inlineText(b.content) : '')), ...notice.signature.organs, notice.signature.date ?? ''];
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
  return Packer.toArrayBuffer(doc);
};

const figures: Figure[] = [
  {
    name: '导出 .docx：通知（1 页，进程内）',
    runs: 30,
    warmup: 5,
    run: () => writeDocx(notice),
    compareWith: { name: 'docx 库裸文档（同样文字，无公文格式）', run: bareDocx },
  },
];

export default figures;
