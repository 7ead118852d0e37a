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
  ['示范县水利局', '落实全面从严治党战略部署方面', '工程项目变更审批不规范。', '完善变更审批制度。', '2025年3月31日前'],
  ['示范县水利局', '落实全面从严治党战略部署方面', '河道采砂监管存在漏洞。', '建立巡查台账。', '2025年2月28日前'],
  ['示范县卫健委', '落实新时代党的组织路线方面', '干部轮岗交流制度执行不到位。', '制定轮岗计划。', '2025年4月30日前'],
  ['示范县卫健委', '贯彻落实党的路线方针政策和党中央重大决策部署方面', '基层医疗机构药品采购不规范。', '规范集中采购。', '2025年3月31日前'],
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
    await expect(runRender(['--template', 'han', '-o', out, '--sheet', 'S'], print)).rejects.toMatchObject({ message: '--sheet、--dataset、--encoding 和 --map 要与 --data 一起使用' });
    await expect(runRender(['--template', 'han', '-o', out, '--today', '2024-02-30'], print)).rejects.toMatchObject({ message: '--today 应写成 YYYY-MM-DD：2024-02-30' });
    const ledger = path.join(folder, '其他.csv');
    await writeFile(ledger, '甲,乙\r\n1,2\r\n');
    await expect(runRender(['--template', 'han', '-o', out, '--data', ledger], print)).rejects.toMatchObject({ message: '模板“函（信函式）”不使用台账，不需要 --data' });
    await expect(runRender(['--template', 'quanhui-gongzuo-baogao', '-o', out, '--data', ledger], print)).rejects.toMatchObject({ message: expect.stringContaining('无法判断台账“其他.csv”对应模板的哪个数据集，请用 --dataset 指定：问题线索台账、案件台账、四种形态统计') });
    await expect(runRender(['--template', 'tongzhi', '-o', out, '--data', path.join(folder, '没有.csv')], print)).rejects.toMatchObject({ exitCode: 1, message: expect.stringContaining('文件“没有.csv”') });
  });

  it('refuses a ledger that lacks a required column, naming the template, the file and the column, and writes nothing', async () => {
    const ledger = path.join(folder, '名额.csv');
    await writeFile(ledger, '类别,人数\r\n乡镇纪委,2\r\n');
    const target = path.join(folder, '名额.docx');
    const lines: string[] = [];
    await expect(runRender(['--template', 'tongzhi', '--data', ledger, '-o', target], (line) => lines.push(line))).rejects.toMatchObject({
      exitCode: 1,
      message: '模板“通知”需要的列“名额”在台账“名额.csv”中没有对应的表头：\n“名额”：台账中没有找到相近的表头\n请用 --map 模板列=表头 指定对应的表头（“--map 模板列=”表示台账中没有此列）。',
    });
    expect(lines).toEqual(['列对应（数据集“参训名额”）：', '  单位类别 ← 类别（与“单位类别”相似度 50%，可信度 35%）', '  名额 ← 未找到：台账中没有找到相近的表头']);
    await expect(readFile(target)).rejects.toMatchObject({ code: 'ENOENT' });
    const mapped = await render(['--template', 'tongzhi', '--data', ledger, '--map', '名额=人数']);
    expect(mapped.code).toBe(0);
    expect(mapped.lines).toContain('  名额 ← 人数（手工指定）');
  });

  it('matches differently worded headers by synonym and prints the mapping it used', async () => {
    const ledger = path.join(folder, '反馈问题.csv');
    const worded = [['序号', '被巡察党组织', '问题类型', '存在问题', '整改要求（具体）', '完成时限'], ...problems.slice(1).map((row, i) => [String(i + 1), ...row])];
    await writeFile(ledger, csv(worded));
    const { code, lines, texts } = await render(['--template', 'xuncha-zhenggai-tongzhi', '--data', ledger, '--dataset', '巡察问题清单', '--set', '届次=十五', '--set', '轮次=六']);
    expect(code).toBe(0);
    expect(lines.slice(0, 6)).toEqual([
      '列对应（数据集“巡察问题清单”）：',
      '  被巡察单位 ← 被巡察党组织（同义词“被巡察党组织”，可信度 85%）',
      '  问题类别 ← 问题类型（同义词“问题类型”，可信度 85%）',
      '  问题描述 ← 存在问题（同义词“存在问题”，可信度 85%）',
      '  整改要求 ← 整改要求（具体）（写法不同、含义相同，可信度 95%）',
      '  整改时限 ← 完成时限（同义词“完成时限”，可信度 85%）',
    ]);
    const text = texts.join('\n');
    expect(text).toContain('此次巡察共反馈问题4个，其中落实全面从严治党战略部署方面2个');
    expect(text).toContain('河道采砂监管存在漏洞。');
    expect(text).toContain('2025年3月31日前');
  });

  it('remembers a mapping edited with --map in the workspace and uses it for a ledger with the same headers', async () => {
    const workspace = path.join(folder, '工作区');
    const ledger = path.join(folder, '问题台账.csv');
    await writeFile(ledger, csv([['单位', '类别', '问题', '要求', '截止'], ...problems.slice(1)]));
    const args = ['--template', 'xuncha-zhenggai-tongzhi', '--data', ledger, '--dataset', '巡察问题清单', '--workspace', workspace];
    await expect(runRender([...args, '-o', path.join(folder, 'x.docx')], () => undefined)).rejects.toMatchObject({ message: expect.stringContaining('模板“巡察整改通知”需要的列') });
    const first = await render([...args, '--map', '被巡察单位=单位', '--map', '问题类别=类别', '--map', '问题描述=问题', '--map', '整改要求=要求', '--map', '整改时限=截止']);
    expect(first.lines).toContain('已在工作区记住这份列对应关系：模板“巡察整改通知”遇到表头相同的“问题台账.csv”时直接使用');
    const again = await render(args);
    expect(again.code).toBe(0);
    expect(again.lines).toContain('  问题描述 ← 问题（上次确认的对应）');
    expect(again.texts.join('')).toContain('河道采砂监管存在漏洞。');
    await expect(runRender([...args, '--map', '整改要求=', '-o', path.join(folder, 'x.docx')], () => undefined)).rejects.toMatchObject({ message: expect.stringContaining('“整改要求”：已指定台账中没有此列') });
    const edited = await render([...args, '--map', '整改要求=截止', '--map', '整改时限=要求']);
    expect(edited.lines).toEqual(expect.arrayContaining(['  整改要求 ← 截止（手工指定）', '  整改时限 ← 要求（手工指定）', '  问题描述 ← 问题（上次确认的对应）']));
    const latest = await render(args);
    expect(latest.lines).toContain('  整改时限 ← 要求（上次确认的对应）');
  });

  it('says what is wrong with a --map in Chinese', async () => {
    const ledger = path.join(folder, '问题清单-map.csv');
    await writeFile(ledger, csv(problems));
    const out = path.join(folder, 'x.docx');
    const base = ['--template', 'xuncha-zhenggai-tongzhi', '--data', ledger, '--dataset', '巡察问题清单', '-o', out];
    const print = () => undefined;
    await expect(runRender([...base, '--map', '问题描述'], print)).rejects.toMatchObject({ exitCode: 2, message: '--map 应写成“模板列=表头”：问题描述' });
    await expect(runRender([...base, '--map', '文号=问题描述'], print)).rejects.toMatchObject({ exitCode: 2, message: '模板“巡察整改通知”不读取列“文号”，可指定的列：被巡察单位、问题类别、问题描述、整改要求、整改时限' });
    await expect(runRender([...base, '--map', '问题描述=存在问题'], print)).rejects.toMatchObject({ message: expect.stringContaining('台账“问题清单-map.csv”没有表头“存在问题”，现有表头：被巡察单位、问题类别、问题描述、整改要求、整改时限') });
    await expect(runRender(['--template', 'han', '-o', out, '--map', 'a=b'], print)).rejects.toMatchObject({ message: '--sheet、--dataset、--encoding 和 --map 要与 --data 一起使用' });
  });
});
