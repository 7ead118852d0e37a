import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocx } from '../../core/check/check-docx.ts';
import { readDocx } from '../../core/docx-read/read-docx.ts';
import { runRender } from './render.ts';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'gongwen-cli-render-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function render(args: string[]): Promise<{ code: number; lines: string[]; texts: string[]; bytes: Uint8Array }> {
  const target = path.join(folder, `${args.join('-').replace(/[^\p{L}\p{N}]+/gu, '_').slice(0, 60)}.docx`);
  const lines: string[] = [];
  const code = await runRender([...args, '-o', target], (line) => lines.push(line));
  const bytes = new Uint8Array(await readFile(target));
  return { code, lines, texts: readDocx(bytes).paragraphs.map((p) => p.text), bytes };
}

const problems = [
  ['被巡察单位', '问题类别', '问题描述', '整改要求', '整改时限'],
  ['某某县水利局', '落实全面从严治党战略部署方面', '工程项目变更审批不规范。', '完善变更审批制度。', '2025年3月31日前'],
  ['某某县水利局', '落实全面从严治党战略部署方面', '河道采砂监管存在漏洞。', '建立巡查台账。', '2025年2月28日前'],
  ['某某县卫健委', '落实新时代党的组织路线方面', '干部轮岗交流制度执行不到位。', '制定轮岗计划。', '2025年4月30日前'],
  ['某某县卫健委', '贯彻落实党的路线方针政策和党中央重大决策部署方面', '基层医疗机构药品采购不规范。', '规范集中采购。', '2025年3月31日前'],
];
const csv = (rows: string[][]) => `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;

describe('gongwen render', () => {
  it('renders a template from its sample data, choosing the 监察法 version with --set', async () => {
    const sample = await render(['--template', 'jiancha-jianyi', '--today', '2024-12-05']);
    expect(sample.code).toBe(0);
    expect(sample.lines).toEqual([expect.stringMatching(/^已生成：.*（模板“监察建议书”，\d+ 字节）$/)]);
    expect(sample.texts.join('')).toContain('根据《中华人民共和国监察法》第十一条、第五十二条的规定');
    expect(checkDocx(sample.bytes).filter((f) => f.severity === 'error')).toEqual([]);
    const older = await render(['--template', 'jiancha-jianyi', '--set', '监察法版本=2018', '--set', '回复期限=15']);
    expect(older.texts.join('')).toContain('第十一条、第四十五条的规定');
    expect(older.texts.join('')).toContain('自收到本建议书之日起15日内');
  });

  it.each([
    ['UTF-8 .csv', '问题清单.csv', () => Buffer.from(csv(problems), 'utf8')],
    ['GB18030 .csv', '问题清单-gbk.csv', () => iconv.encode(csv(problems), 'gb18030')],
    ['.xlsx', '问题清单.xlsx', () => {
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['第六轮巡察问题清单'], ...problems]), '第六轮');
      return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    }],
  ])('fills the template from a ledger given as %s, matching the dataset by its columns', async (_kind, name, bytes) => {
    const file = path.join(folder, name);
    await writeFile(file, bytes());
    const { code, lines, texts } = await render(['--template', 'xuncha-zhenggai-tongzhi', '--data', file, '--set', '届次=十五', '--set', '轮次=六']);
    expect(code).toBe(0);
    expect(lines).toContain(`台账“${name}”用作数据集“巡察问题清单”（4 行）`);
    expect(lines).toContain('提示：台账“整改台账模板”未提供，使用了模板的示例数据');
    expect(lines).toContain('提示：必填字段“发文字号”还没有值');
    const text = texts.join('\n');
    expect(text).toContain('此次巡察共反馈问题4个，其中落实全面从严治党战略部署方面2个、落实新时代党的组织路线方面1个、贯彻落实党的路线方针政策和党中央重大决策部署方面1个');
    expect(text).toContain('河道采砂监管存在漏洞。');
    expect(texts.join('')).toContain('关于做好十五届县委第六轮巡察反馈问题整改工作的通知');
  });

  it('says what is wrong with the command in Chinese', async () => {
    const print = () => undefined;
    const out = path.join(folder, 'x.docx');
    await expect(runRender(['--template', 'nope', '-o', out], print)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/^没有编号为“nope”的模板。可用：.*jiancha-jianyi/) });
    await expect(runRender(['--template', 'han', '-o', out, '--set', '不存在=1'], print)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('模板“函（信函式）”没有字段“不存在”') });
    await expect(runRender(['--template', 'han', '-o', out, '--set', '=1'], print)).rejects.toMatchObject({ message: '--set 应写成“字段=值”：=1' });
    await expect(runRender(['--template', 'han'], print)).rejects.toMatchObject({ message: '请用 -o 指定输出的 .docx 文件。' });
    await expect(runRender(['--template', 'han', '-o', out, '--sheet', 'S'], print)).rejects.toMatchObject({ message: '--sheet、--dataset 和 --encoding 要与 --data 一起使用' });
    await expect(runRender(['--template', 'han', '-o', out, '--today', '2024-02-30'], print)).rejects.toMatchObject({ message: '--today 应写成 YYYY-MM-DD：2024-02-30' });
    const ledger = path.join(folder, '其他.csv');
    await writeFile(ledger, '甲,乙\r\n1,2\r\n');
    await expect(runRender(['--template', 'han', '-o', out, '--data', ledger], print)).rejects.toMatchObject({ message: '模板“函（信函式）”不使用台账，不需要 --data' });
    await expect(runRender(['--template', 'quanhui-gongzuo-baogao', '-o', out, '--data', ledger], print)).rejects.toMatchObject({ message: expect.stringContaining('无法判断台账“其他.csv”对应模板的哪个数据集，请用 --dataset 指定：问题线索台账、案件台账、四种形态统计') });
    await expect(runRender(['--template', 'tongzhi', '-o', out, '--data', path.join(folder, '没有.csv')], print)).rejects.toMatchObject({ exitCode: 1, message: expect.stringContaining('文件“没有.csv”') });
  });

  it('reports ledger columns the template needs but the file lacks', async () => {
    const ledger = path.join(folder, '名额.csv');
    await writeFile(ledger, '类别,人数\r\n乡镇纪委,2\r\n');
    const { lines } = await render(['--template', 'tongzhi', '--data', ledger]);
    expect(lines).toEqual(expect.arrayContaining(['提示：台账“参训名额”没有重复段落所需的“单位类别”列', '提示：台账“参训名额”没有重复段落所需的“名额”列']));
    expect(lines.filter((line) => line.includes('未声明'))).toEqual([]);
  });
});
