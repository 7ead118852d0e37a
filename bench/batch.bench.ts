/**
 * Batch issuing at the size of a large 巡察 round: 200 units, a 问题整改通知书 of about six pages
 * each plus its 送达回证, the combined print file, the variance report and the registers — timed
 * against docxtemplater filling a tagged .docx with the same content 200 times (no layout, no
 * numbers, no receipts, no report). Peak memory of the whole process is reported alongside.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { writeDocx } from '../core/docx/write-docx.ts';
import { createBlankDocument, type GongwenDocument } from '../core/model/document.ts';
import { text } from '../core/model/inline.ts';
import type { MergeTable } from '../core/template/merge-table.ts';
import type { Template } from '../core/template/template-schema.ts';
import { runBatch } from '../host/batch/run-batch.ts';
import { loadBuiltinPack } from '../host/templates/builtin-pack.ts';
import { openWorkspace } from '../host/workspace/open-workspace.ts';
import type { Figure } from './figure.ts';

const units = 200;
const problemsPerUnit = 48;
const today = '2024-12-05';

const pack = await loadBuiltinPack();
const template = pack.templates.find((t) => t.id === 'wenti-zhenggai-tongzhishu') as Template;
const receipt = pack.templates.find((t) => t.family === '送达回证') as Template;

const unitNames = Array.from({ length: units }, (_, i) => `示范县第${i + 1}单位`);
const problemText = (u: number, p: number) =>
  `第${p + 1}项：${['专项资金管理使用不规范，部分支出审批手续不全', '“三重一大”事项集体决策制度执行不到位', '公务接待和公车使用管理不严格', '干部选拔任用程序履行不规范'][(u + p) % 4]}，涉及金额${(u * 7 + p * 13) % 97}.5万元。`;
const ledgerRows = unitNames.flatMap((unit, u) =>
  Array.from({ length: problemsPerUnit }, (_, p) => [unit, '落实全面从严治党战略部署方面', problemText(u, p), '限期整改到位。', '2025年3月31日前']),
);
const ledger: MergeTable = {
  name: '巡察问题清单',
  sheet: null,
  columns: ['被巡察单位', '问题类别', '问题描述', '整改要求', '整改时限'],
  rows: ledgerRows,
  rowNumbers: ledgerRows.map((_, i) => i + 2),
};
const directory: MergeTable = {
  name: '单位名录',
  sheet: null,
  columns: ['单位全称', '规范简称', '称谓', '党组织全称', '主要负责人'],
  rows: unitNames.map((unit) => [unit, unit, '你单位', `中共${unit}党组`, '某某']),
  rowNumbers: unitNames.map((_, i) => i + 2),
};
const values = new Map([
  ['事项', '专项资金管理'],
  ['检查事项', '专项资金管理使用'],
  ['检查时间', '2024年11月'],
  ['联系人', '陈某'],
  ['联系电话', '0000-1234567'],
]);

/** The same notice as a docxtemplater template: the text with tags, laid out once by our writer. */
async function taggedTemplate(): Promise<Uint8Array> {
  const blank = createBlankDocument('整改通知书', today);
  const document: GongwenDocument = {
    ...blank,
    header: { ...blank.header, organs: ['中共示范县纪律检查委员会第三纪检监察室'], markSuffix: '', documentNumber: '{文号}' },
    title: '{事项}问题整改通知书',
    addressees: ['{主送机关}'],
    body: [
      { type: 'paragraph', content: text('{检查时间}，我室对{称谓}{检查事项}情况进行了监督检查。经检查，{称谓}存在以下问题：') },
      { type: 'paragraph', content: text('{#问题}') },
      { type: 'heading', level: 3, content: text('{问题描述}'), runIn: null },
      { type: 'paragraph', content: text('{/问题}') },
      { type: 'paragraph', content: text('请{称谓}高度重视，对照上述问题逐项制定整改措施，明确责任人和完成时限，举一反三，建章立制。') },
      { type: 'paragraph', content: text('请于收到本通知书之日起15日内完成整改，并将整改情况书面报送我室。') },
    ],
    signature: { ...blank.signature, organs: ['中共示范县纪律检查委员会第三纪检监察室'] },
  };
  return writeDocx(document);
}

const tagged = await taggedTemplate();
let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

async function ours(): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-bench-batch-'));
  const workspace = openWorkspace(path.join(folder, 'workspace'));
  const timer = setInterval(sampleRss, 20);
  try {
    const outcome = await runBatch({
      template,
      receipt,
      datasets: new Map([
        ['巡察问题清单', ledger],
        ['单位名录', directory],
      ]),
      values,
      today,
      outDir: path.join(folder, 'out'),
      overwrite: false,
      by: '基准测试',
      workspace,
      onProgress: sampleRss,
    });
    if (outcome.rows.length !== units) throw new Error(`应生成 ${units} 份，实际 ${outcome.rows.length} 份`);
  } finally {
    clearInterval(timer);
    sampleRss();
    workspace.close();
    await rm(folder, { recursive: true, force: true });
  }
}

async function docxtemplater(): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-bench-docxtemplater-'));
  try {
    for (const [u, unit] of unitNames.entries()) {
      const doc = new Docxtemplater(new PizZip(tagged), { paragraphLoop: true, linebreaks: true });
      doc.render({
        文号: `某纪三室整改〔2024〕${u + 1}号`,
        事项: '专项资金管理',
        主送机关: `中共${unit}党组`,
        称谓: '你单位',
        检查时间: '2024年11月',
        检查事项: '专项资金管理使用',
        问题: Array.from({ length: problemsPerUnit }, (_, p) => ({ 问题描述: problemText(u, p) })),
      });
      await writeFile(path.join(folder, `${u + 1}.docx`), doc.getZip().generate({ type: 'uint8array' }));
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const figures: Figure[] = [
  {
    name: `批量生成 ${units} 份问题整改通知书（每份约 6 页，${problemsPerUnit} 个问题）及送达回证、合并打印文件、差异报告和登记`,
    runs: 3,
    warmup: 1,
    goalMs: 8000,
    run: ours,
    compareWith: { name: `docxtemplater 填充同样内容 ${units} 次`, run: docxtemplater },
  },
  {
    name: `上项运行中的进程峰值内存（MB，目标 ≤ 400）`,
    runs: 1,
    warmup: 0,
    goalMs: 400,
    selfTimed: true,
    run: () => peakRss / 1024 ** 2,
  },
];

export default figures;
