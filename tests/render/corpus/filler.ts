/**
 * Deterministic body text for the render corpus: clauses of ordinary 纪检监察 prose picked by a
 * fixed-seed generator, so every run renders the same words and a failing line can be found again.
 */
const clauses = [
  '坚持以习近平新时代中国特色社会主义思想为指导',
  '深入贯彻党的二十大和二十届历次全会精神',
  '认真落实中央纪委全会和省市纪委全会部署',
  '坚定不移推进全面从严治党向纵深发展',
  '聚焦主责主业强化政治监督',
  '围绕县委重大决策部署落实情况开展监督检查',
  '持续深化纠治四风特别是形式主义官僚主义',
  '严肃查处群众身边的不正之风和腐败问题',
  '推动以案促改以案促治贯通融合',
  '健全完善监督执纪执法工作机制',
  '加强纪检监察干部队伍规范化法治化正规化建设',
  '各乡镇纪委和派驻纪检监察组要切实扛起责任',
  '建立问题清单任务清单责任清单',
  '做到发现一起查处一起通报一起',
  '把严的基调严的措施严的氛围长期坚持下去',
  '进一步压实各级党组织管党治党政治责任',
  '对发现的问题线索逐一登记建立台账',
  '坚持实事求是依规依纪依法精准处置',
  '注重运用监督执纪四种形态特别是第一种形态',
  '推动监督触角向基层末梢有效延伸',
  '整合县乡村三级监督力量形成工作合力',
  '强化对权力运行的制约和监督',
  '扎实开展群众身边不正之风和腐败问题集中整治',
  '确保各项工作任务落地落实见到实效',
];
const stops = ['，', '，', '，', '；', '。'];

/** A small linear congruential generator: enough variety, fully reproducible. */
function generator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` paragraphs of roughly `minChars`–`maxChars` characters, each ending with 。 */
export function fillerParagraphs(count: number, seed: number, minChars = 90, maxChars = 260): string[] {
  const next = generator(seed);
  return Array.from({ length: count }, () => {
    const target = minChars + Math.floor(next() * (maxChars - minChars));
    let text = '';
    while (text.length < target) {
      text += clauses[Math.floor(next() * clauses.length)] ?? '';
      text += text.length >= target ? '。' : (stops[Math.floor(next() * stops.length)] ?? '，');
    }
    return text;
  });
}

/** Paragraphs that mix Arabic numerals, Latin letters and percentages into the Chinese text. */
export function mixedParagraphs(count: number, seed: number): string[] {
  const next = generator(seed);
  const facts = ['全年受理信访举报1286件次', '立案审查调查217件', '处分党员干部193人', '通过12388平台受理举报356件', '运用“四种形态”批评教育和处理1024人次，其中第一种形态占76.8%', '开展CPI监测和GDP核算数据核查', '完成OA系统与App端数据对接', '督促整改问题45个，挽回经济损失3,520.6万元', '第3季度办结率达到98.5%', '建成5G智慧监督平台并接入WiFi专网'];
  return fillerParagraphs(count, seed + 7, 60, 160).map((base) => {
    const fact = facts[Math.floor(next() * facts.length)] ?? '';
    return `${fact}，${base}`;
  });
}
