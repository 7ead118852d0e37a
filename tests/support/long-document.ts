/**
 * Deterministic long documents for benchmarks and render checks: a 工作报告-style body of
 * headings, run-in headings, 一是 enumerations and paragraphs, about six paragraphs a page.
 */
import type { Block } from '../../core/model/blocks.ts';
import type { GongwenDocument } from '../../core/model/document.ts';
import { text } from '../../core/model/inline.ts';
import { sampleRedHeadNotice } from './sample-document.ts';

const sentences = [
  '全县各级纪检监察机关坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，',
  '聚焦主责主业，持续深化政治监督，推动全面从严治党向纵深发展，',
  '全年共处置问题线索326件，立案118件，给予党纪政务处分103人，',
  '挽回经济损失66.57万元，运用“四种形态”批评教育帮助和处理干部652人次，',
  '坚持严的基调不动摇，驰而不息纠治“四风”，查处违反中央八项规定精神问题21起，',
  '扎实开展群众身边不正之风和腐败问题集中整治，推动解决一批急难愁盼问题，',
  '深化以案促改、以案促治，制发纪检监察建议书15份，推动建章立制32项。',
];

function paragraphText(seed: number, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += sentences[(seed + i) % sentences.length];
  return out;
}

/** About `pages` pages of body text for a 文件式 document. */
export function longReport(pages: number): GongwenDocument {
  const blocks: Block[] = [];
  let seed = 0;
  for (let page = 0; page < pages; page++) {
    if (page % 3 === 0) blocks.push({ type: 'heading', level: 1, content: text('持续深化政治监督'), runIn: null });
    blocks.push({ type: 'heading', level: 2, content: text('聚焦重点领域。'), runIn: text(paragraphText(seed++, 60)) });
    blocks.push({ type: 'enumeration', style: 'yishi', runOn: true, lead: text('主要做法：'), items: [text(`${paragraphText(seed++, 30)}；`), text(`${paragraphText(seed++, 30)}；`), text(`${paragraphText(seed++, 30)}。`)] });
    for (let p = 0; p < 3; p++) blocks.push({ type: 'paragraph', content: text(paragraphText(seed++, 80 + (p % 3) * 20)) });
  }
  return sampleRedHeadNotice({ title: '关于2024年度全县纪检监察工作情况的报告', body: blocks, attachments: [] });
}
