/**
 * `gongwen pack install|verify|export|list|rollback|key|trust|index|source`: template packs from
 * the command line, with the same checks as the app — a pack is read whole in memory and checked
 * before anything is written, and nothing is installed unless it is sound.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PackExportRequestSchema, type PackInstallResult, type PackReport, type SourcePack } from '../../core/api/contract-packs.ts';
import { PreferencesSchema } from '../../core/api/preferences.ts';
import { AppError } from '../../core/api/errors.ts';
import { PublicKeySchema } from '../../core/pack/pack-manifest.ts';
import type { PackSummary } from '../../core/pack/pack-summary.ts';
import { describeIssues } from '../../core/validation/zod.ts';
import { atomicWrite } from '../../host/files/atomic-write.ts';
import { builtinPackId } from '../../host/pack/builtin-as-pack.ts';
import { keyId } from '../../host/pack/pack-signing.ts';
import { createPackService, type PackService } from '../../host/pack/pack-service.ts';
import { listInstalledPacks } from '../../host/pack/pack-store.ts';
import { ensureSigningKey } from '../../host/pack/signing-key.ts';
import { trustPublisher } from '../../host/pack/trusted-publishers.ts';
import { readPreferences, writePreferences } from '../../host/settings/preferences.ts';
import { createSourceService } from '../../host/pack/source-service.ts';
import { writePackIndex } from '../../host/pack/write-pack-index.ts';
import { builtinPackDir } from '../../host/templates/builtin-pack.ts';
import { createTemplateService, type TemplateService } from '../../host/templates/template-service.ts';
import { openWorkspace } from '../../host/workspace/open-workspace.ts';
import { listUserPhrases } from '../../host/workspace/phrases.ts';
import { CliError } from '../cli-error.ts';
import { appVersion } from '../project-root.ts';

export const packHelp = `用法：gongwen pack <子命令> [选项] [--workspace 目录]

模板包（.gwpack）是各单位之间分享模板、常用语、单位名录和版头设置的文件。

子命令：
  verify <文件>                       检查模板包：列出内容、签名和问题（不安装；有问题时退出码为 1）
  install <文件> [--accept-unsigned] [--letterhead]
                                      检查后安装到工作区；未签名或签名者不受信任时须加 --accept-unsigned；
                                      包中的单位并入单位名录，加 --letterhead 时同时采用包中的版头设置
  export --templates <编号,…> -o <文件> --id <包编号> [选项]
                                      把选定的模板导出为模板包（同样的输入总得到完全相同的文件）
  list                                列出已安装的模板包
  rollback <包编号>                   退回上一次安装前的版本
  key                                 显示本单位的签名公钥（第一次使用时生成）
  trust <公钥> --name <发布单位>      信任某发布单位的签名公钥
  index <文件夹>                      为文件夹中的模板包写索引 gwpack-index.json（发布到共享文件夹或内网网站前运行）
  source                              列出共享来源中的模板包，标出未安装和有更新的
  source set <文件夹或网址>           设置共享来源（共享文件夹路径，或 http(s) 网址）；source set "" 清除
  source install <包编号> [--accept-unsigned] [--letterhead]
                                      从共享来源下载并安装（大小和 SHA-256 须与索引一致）

export 的选项：
  --templates 编号,…   模板编号，逗号分隔；all 表示全部模板
  --id 包编号          小写字母、数字、连字符和圆点，如 xian-jw.zhenggai
  --name 名称          模板包名称（默认“发布单位模板包”）
  --version 版本       如 1.2.0（默认 1.0.0）
  --publisher 单位     发布单位（默认设置中的发文机关全称）
  --created 日期       YYYY-MM-DD（默认今天；要得到完全相同的文件，请指定）
  --phrases            带上“我的常用语”
  --units              带上单位名录
  --letterhead         带上发文机关名称、机关代字和默认签发人
  --sign               用本单位的签名密钥签名
  -o 文件              输出文件（.gwpack）
  --overwrite          覆盖已有的输出文件
  --json               verify、list、source 以 JSON 输出
  --source 文件夹或网址  source 子命令临时改用这个来源（不改设置）`;

type Print = (line: string) => void;

const signatureText = (pack: PackSummary) =>
  pack.signature.status === 'trusted'
    ? `已签名，受信任（${pack.signature.trustedAs}，密钥 ${pack.signature.keyId}）`
    : pack.signature.status === 'untrusted'
      ? `已签名，签名者不在受信任之列（密钥 ${pack.signature.keyId}）`
      : '未签名';

function printPack(pack: PackSummary, print: Print): void {
  print(`模板包：${pack.name}（${pack.id}）${pack.version}`);
  print(`发布单位：${pack.publisher}　日期：${pack.created}　签名：${signatureText(pack)}`);
  if (pack.description) print(`说明：${pack.description}`);
  print(`模板 ${pack.templates.length} 个：`);
  for (const template of pack.templates) print(`  ${template.id}  ${template.name}  ${template.version}`);
  for (const book of pack.phraseBooks) print(`常用语集：${book.name}（${book.phrases} 条）`);
  if (pack.units > 0) print(`单位名录：${pack.units} 个单位`);
  if (pack.samples.length > 0) print(`示例数据：${pack.samples.join('、')}`);
  if (pack.laws.length > 0) print(`法规条文：${pack.laws.join('、')}`);
  if (pack.hasLetterhead) print('版头设置：发文机关名称、机关代字、默认签发人');
  if (pack.previousVersion) print(`可回退到：${pack.previousVersion}`);
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function readPackFile(file: string | undefined): Promise<{ bytes: Uint8Array; label: string }> {
  if (!file) throw new CliError('请指定模板包文件（.gwpack）。', 2);
  try {
    const size = (await stat(file)).size;
    // The size is checked again on the bytes; this only avoids reading a huge file into memory.
    if (size > 64 * 1024 * 1024) throw new CliError(`“${path.basename(file)}”有 ${size} 字节，不是模板包。`);
    return { bytes: new Uint8Array(await readFile(file)), label: path.basename(file) };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`无法读取“${file}”：${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (error as Error).message}`);
  }
}

function services(workspaceDir: string): { packs: PackService; templates: TemplateService } {
  const templates = createTemplateService(builtinPackDir, { installed: () => listInstalledPacks(workspaceDir), builtin: { packId: builtinPackId, version: appVersion } });
  return { templates, packs: createPackService({ workspaceDir, templates }) };
}

export async function runPack(argv: string[], print: Print, workspaceDir: string): Promise<number> {
  // A base64url key may begin with '-', which the option parser would take for an option: the key after `trust` is taken as it is.
  const trustedKey = argv[0] === 'trust' && PublicKeySchema.safeParse(argv[1]).success ? argv[1] : undefined;
  const { values, positionals } = parseArgs({
    args: trustedKey === undefined ? argv : [argv[0]!, ...argv.slice(2)],
    allowPositionals: true,
    options: {
      'accept-unsigned': { type: 'boolean' },
      templates: { type: 'string' },
      id: { type: 'string' },
      name: { type: 'string' },
      version: { type: 'string' },
      publisher: { type: 'string' },
      created: { type: 'string' },
      description: { type: 'string' },
      phrases: { type: 'boolean' },
      units: { type: 'boolean' },
      letterhead: { type: 'boolean' },
      sign: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      overwrite: { type: 'boolean' },
      json: { type: 'boolean' },
      source: { type: 'string' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [sub, ...rest] = positionals;
  if (values.help || !sub) {
    print(packHelp);
    return values.help ? 0 : 2;
  }
  const { packs, templates } = services(workspaceDir);
  try {
    switch (sub) {
      case 'verify': {
        const { bytes, label } = await readPackFile(rest[0]);
        const report = await packs.verify(bytes, label);
        if (values.json) print(JSON.stringify(report, null, 2));
        else printReport(report, label, print);
        return report.sound ? 0 : 1;
      }
      case 'install': {
        const { bytes, label } = await readPackFile(rest[0]);
        printInstalled(await packs.install(bytes, label, values['accept-unsigned'] === true, { applyLetterhead: values.letterhead === true }), print);
        return 0;
      }
      case 'index': {
        if (!rest[0]) throw new CliError('请指定存放模板包的文件夹。', 2);
        return await indexFolder(path.resolve(rest[0]), print);
      }
      case 'source':
        return await runSource(rest, values, packs, workspaceDir, print);
      case 'export':
        return await exportPack(values, packs, templates, workspaceDir, print);
      case 'list': {
        const list = await packs.list();
        if (values.json) print(JSON.stringify(list, null, 2));
        else {
          if (list.packs.length === 0) print('工作区中还没有安装模板包。');
          list.packs.forEach((pack, index) => {
            if (index > 0) print('');
            printPack(pack, print);
          });
          for (const problem of list.problems) print(`错误：${problem}`);
        }
        return list.problems.length > 0 ? 1 : 0;
      }
      case 'rollback': {
        if (!rest[0]) throw new CliError('请指定要回退的模板包编号（gongwen pack list 列出已安装的）。', 2);
        const pack = await packs.rollback(rest[0]);
        print(`模板包“${pack.name}”已退回 ${pack.version}（${pack.previousVersion} 仍保留，可再次回退）。`);
        return 0;
      }
      case 'key': {
        const key = await ensureSigningKey(workspaceDir);
        print(`本单位的模板包签名公钥（密钥 ${key.keyId}）：`);
        print(key.publicKey);
        print('请把这行公钥交给接收模板包的单位，由其用 gongwen pack trust 加入受信任列表。');
        return 0;
      }
      case 'trust': {
        const key = trustedKey ?? rest[0];
        if (!key || !values.name) throw new CliError('用法：gongwen pack trust <公钥> --name <发布单位>', 2);
        await trustPublisher(workspaceDir, { name: values.name, publicKey: key });
        print(`已信任“${values.name}”的签名公钥（密钥 ${keyId(key)}）。`);
        return 0;
      }
      default:
        throw new CliError(`未知的子命令“${sub}”。\n\n${packHelp}`, 2);
    }
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
}

function printInstalled({ pack, warnings, settings }: PackInstallResult, print: Print): void {
  for (const warning of warnings) print(`警告（已接受）：${warning}`);
  printPack(pack, print);
  if (settings.unitsAdded.length > 0) print(`单位名录新增 ${settings.unitsAdded.length} 个单位：${settings.unitsAdded.join('、')}`);
  if (settings.letterhead) print('已采用模板包的版头设置（发文机关名称、机关代字、默认签发人）');
  print(pack.previousVersion ? `已升级：${pack.previousVersion} → ${pack.version}（旧版本保留，可用 gongwen pack rollback ${pack.id} 退回）` : '已安装。');
}

async function indexFolder(folder: string, print: Print): Promise<number> {
  let written: Awaited<ReturnType<typeof writePackIndex>>;
  try {
    written = await writePackIndex(folder, today());
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new CliError(`无法为“${folder}”写索引：${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件夹不存在' : (error as Error).message}`);
  }
  const { index, scan, file } = written;
  for (const entry of index.packs) print(`  ${entry.id}  ${entry.name}  ${entry.version}  ${entry.file}`);
  for (const name of scan.superseded) print(`跳过旧版本：${name}`);
  for (const problem of scan.problems) print(`未列入：${problem}`);
  print(`已写索引：${file}（${index.packs.length} 个模板包）`);
  return scan.problems.length > 0 ? 1 : 0;
}

const stateText: Record<SourcePack['state'], string> = { new: '未安装', newer: '有更新', installed: '已安装', older: '本机版本更新' };

async function runSource(rest: string[], values: { source?: string; json?: boolean; letterhead?: boolean; 'accept-unsigned'?: boolean }, packs: PackService, workspaceDir: string, print: Print): Promise<number> {
  const [action = 'list', argument] = rest;
  if (action === 'set') {
    if (argument === undefined) throw new CliError('用法：gongwen pack source set <共享文件夹或网址>（清除用 ""）', 2);
    const preferences = await readPreferences(workspaceDir);
    const parsed = PreferencesSchema.safeParse({ ...preferences, packSource: argument });
    if (!parsed.success) throw new CliError(describeIssues(parsed.error), 2);
    await writePreferences(workspaceDir, parsed.data);
    print(parsed.data.packSource ? `共享来源已设为：${parsed.data.packSource}` : '已清除共享来源。');
    return 0;
  }
  const setting = values.source;
  const source = createSourceService({ packs, setting: async () => setting ?? (await readPreferences(workspaceDir)).packSource });
  if (action === 'list') {
    const listing = await source.list();
    if (values.json) {
      print(JSON.stringify(listing, null, 2));
      return listing.problems.length > 0 ? 1 : 0;
    }
    print(`共享来源：${listing.location}${listing.indexed ? '' : `（没有索引，逐个读取了模板包）`}`);
    if (listing.packs.length === 0) print('其中没有模板包。');
    for (const pack of listing.packs)
      print(`  ${pack.id}  ${pack.name}  ${pack.version}  ${stateText[pack.state]}${pack.installedVersion && pack.state !== 'installed' ? `（本机 ${pack.installedVersion}）` : ''}`);
    for (const problem of listing.problems) print(`未列入：${problem}`);
    return listing.problems.length > 0 ? 1 : 0;
  }
  if (action === 'install') {
    if (!argument) throw new CliError('请指定要安装的模板包编号（gongwen pack source 列出共享来源中的）。', 2);
    printInstalled(await source.install(argument, values['accept-unsigned'] === true, values.letterhead === true), print);
    return 0;
  }
  throw new CliError(`未知的 source 子命令“${action}”：可用 list、set、install。`, 2);
}

function printReport(report: PackReport, label: string, print: Print): void {
  if (report.pack) printPack(report.pack, print);
  if (report.installedVersion) print(`本工作区已安装：${report.installedVersion}`);
  for (const warning of report.warnings) print(`警告：${warning}`);
  for (const problem of report.problems) print(`问题：${problem}`);
  print(report.sound ? `结论：“${label}”完好，${report.warnings.length > 0 ? '安装时须确认上述警告。' : '可以安装。'}` : `结论：“${label}”有问题，不能安装。`);
}

type ExportValues = {
  templates?: string;
  id?: string;
  name?: string;
  version?: string;
  publisher?: string;
  created?: string;
  description?: string;
  phrases?: boolean;
  units?: boolean;
  letterhead?: boolean;
  sign?: boolean;
  output?: string;
  overwrite?: boolean;
};

async function exportPack(values: ExportValues, packs: PackService, templates: TemplateService, workspaceDir: string, print: Print): Promise<number> {
  if (!values.templates) throw new CliError('请用 --templates 指定模板编号（逗号分隔，或 all）。', 2);
  if (!values.output) throw new CliError('请用 -o 指定输出文件。', 2);
  if (!values.id) throw new CliError('请用 --id 指定模板包编号，如 xian-jw.zhenggai。', 2);
  const output = path.resolve(values.output);
  if (!values.overwrite && (await stat(output).catch(() => null))) throw new CliError(`“${output}”已存在；要覆盖请加 --overwrite。`);
  const preferences = await readPreferences(workspaceDir);
  const publisher = values.publisher ?? preferences.organ.fullName;
  if (!publisher) throw new CliError('请用 --publisher 指定发布单位（或先在设置中填写发文机关全称）。', 2);
  const templateIds =
    values.templates === 'all'
      ? (await templates.list()).templates.map((t) => t.id)
      : values.templates
          .split(/[,，]/)
          .map((id) => id.trim())
          .filter(Boolean);
  const parsed = PackExportRequestSchema.safeParse({
    id: values.id,
    name: values.name ?? `${publisher}模板包`,
    version: values.version ?? '1.0.0',
    publisher,
    created: values.created ?? today(),
    ...(values.description ? { description: values.description } : {}),
    templateIds,
    includePhrases: values.phrases === true,
    includeUnits: values.units === true,
    includeLetterhead: values.letterhead === true,
    sign: values.sign === true,
  });
  if (!parsed.success) throw new CliError(describeIssues(parsed.error), 2);
  const { bytes, warnings } = await packs.build(parsed.data, {
    phrases: () => {
      const workspace = openWorkspace(workspaceDir);
      try {
        return listUserPhrases(workspace);
      } finally {
        workspace.close();
      }
    },
    preferences: async () => preferences,
  });
  await atomicWrite(output, bytes);
  for (const warning of warnings) print(`提醒：${warning}`);
  print(`已导出模板包“${parsed.data.name}”${parsed.data.version}：${templateIds.length} 个模板，${bytes.length} 字节${parsed.data.sign ? '，已签名' : ''}`);
  print(output);
  return 0;
}
