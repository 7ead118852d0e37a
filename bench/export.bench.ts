/** Export to .docx in-process: the one-page slice (compared with a bare `docx` document), 6 pages and 100 pages. */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { writeDocx } from '../core/docx/write-docx.ts';
import { inlineText } from '../core/model/inline.ts';
import { longReport } from '../tests/support/long-document.ts';
import { sampleNotice } from '../tests/support/sample-document.ts';
import type { Figure } from './figure.ts';

const notice = sampleNotice();

const bareDocx = async () => {
  const lines = [notice.title, notice.addressees.join('、'), ...notice.body.map((b) => (b.type === 'paragraph' ? inlineText(b.content) : '')), ...notice.signature.organs, notice.signature.date ?? ''];
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return Packer.toArrayBuffer(doc);
};

const sixPages = longReport(6);
const hundredPages = longReport(100);

const figures: Figure[] = [
  {
    name: '导出 .docx：通知（1 页，进程内）',
    runs: 30,
    warmup: 5,
    run: () => writeDocx(notice),
    compareWith: { name: 'docx 库裸文档（同样文字，无公文格式）', run: bareDocx },
  },
  { name: '导出 .docx：6 页红头文件（进程内）', runs: 30, warmup: 5, goalMs: 25, run: () => writeDocx(sixPages) },
  { name: '导出 .docx：100 页红头文件（进程内）', runs: 10, warmup: 2, goalMs: 150, run: () => writeDocx(hundredPages) },
];

export default figures;
