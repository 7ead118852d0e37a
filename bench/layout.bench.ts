/**
 * Layout of a 100-page 通知 (body paragraphs with numbers, Latin words, quotes and headings,
 * a table, the 版记): the preview relayouts on every keystroke, so this is the budget.
 */
import { layoutDocument } from '../core/layout/layout-document.ts';
import { createBlankDocument, type Block, type GongwenDocument } from '../core/model/document.ts';
import { text } from '../core/model/inline.ts';
import { compose } from '../core/typeset/compose.ts';
import type { Figure } from './figure.ts';

const phrases = [
  '坚持以习近平新时代中国特色社会主义思想为指导', '深入推进全面从严治党', '严格落实中央八项规定精神', '聚焦“国之大者”',
  '围绕《中国共产党纪律处分条例》', '2024年第一季度', '共查处问题125起', '同比下降12.5%', '通过App和PDF文件报送',
  '压紧压实主体责任', '对照问题清单（第一批）', '明确责任单位和整改时限', '编号为ABC-2024-001的文件', '——这是关键', '……等等',
];
const stops = ['，', '，', '；', '、', '。', '：'];

/** Deterministic filler text: the same document on every run and every machine. */
function paragraphText(index: number, length: number): string {
  let out = '';
  for (let k = index; out.length < length; k += 7) out += phrases[k % phrases.length]! + stops[k % stops.length]!;
  return `${out.slice(0, -1)}。`;
}

function hundredPages(): GongwenDocument {
  const body: Block[] = [];
  for (let i = 0; body.length < 430; i++) {
    if (i % 12 === 0) body.push({ type: 'heading', level: 1, content: text(paragraphText(i, 10).slice(0, 10)), runIn: null });
    else if (i % 12 === 6) body.push({ type: 'heading', level: 2, content: text(paragraphText(i, 12)), runIn: text(paragraphText(i + 1, 60)) });
    else body.push({ type: 'paragraph', content: text(paragraphText(i, 40 + ((i * 37) % 200))) });
    if (i === 300) {
      body.push({ type: 'table', headerRows: 1, columnWidths: [1, 4, 2], rows: Array.from({ length: 30 }, (_, r) => ({ cells: [{ content: text(String(r)) }, { content: text(paragraphText(r, 20)) }, { content: text('县纪委监委') }] })) });
    }
  }
  return {
    ...createBlankDocument('通知', '2024-12-05'),
    header: { copyNumber: null, secrecy: null, urgency: null, organs: ['中共示范县纪律检查委员会'], markSuffix: '文件', documentNumber: '某纪发〔2024〕12号', signers: [], separatorStar: false },
    title: '关于开展2024年度全县纪检监察干部队伍教育整顿“回头看”工作的通知',
    addressees: ['各乡镇纪委', '县直各单位'],
    body,
    signature: { organs: ['中共示范县纪律检查委员会'], date: '2024-03-05', dateStyle: 'arabic', seal: 'sealed', signerTitle: null },
    record: { cc: ['市纪委监委办公室', '县委办公室'], printer: '中共示范县纪律检查委员会办公室', printDate: '2024-03-05' },
  };
}

const document = hundredPages();
const typeset = compose(document);
const pages = layoutDocument(typeset).pages.length;

const figures: Figure[] = [
  {
    name: `排版：${pages} 页通知（断行、分页、版记位置）`,
    runs: 30,
    warmup: 5,
    goalMs: 50,
    run: () => layoutDocument(typeset),
  },
  {
    name: `重排一次按键：compose + 排版（${pages} 页）`,
    runs: 30,
    warmup: 5,
    run: () => layoutDocument(compose(document)),
  },
];

export default figures;
