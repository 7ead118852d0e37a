/** `gongwen templates lint <文件|编号>`: the template lint of a template file, or of a template the workspace offers. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import { parsePackJson } from '../../core/pack/pack-contents.ts';
import { describeFindings, lintTemplate } from '../../core/template/template-lint.ts';
import { TemplateSchema, type Template } from '../../core/template/template-schema.ts';
import { builtinPackId } from '../../host/pack/builtin-as-pack.ts';
import { listInstalledPacks } from '../../host/pack/pack-store.ts';
import { builtinPackDir } from '../../host/templates/builtin-pack.ts';
import { createTemplateService } from '../../host/templates/template-service.ts';
import { CliError } from '../cli-error.ts';
import { appVersion } from '../project-root.ts';

/** A template file is untrusted input: parsed like a pack entry (strict UTF-8, no prototype keys, the schema). */
async function templateFrom(target: string, workspaceDir: string): Promise<Template> {
  if (target.toLowerCase().endsWith('.json')) {
    let bytes: Buffer;
    try {
      bytes = await readFile(target);
    } catch (error) {
      throw new CliError(`无法读取模板文件“${target}”：${(error as Error).message}`);
    }
    return parsePackJson(path.basename(target), new Uint8Array(bytes), TemplateSchema);
  }
  const templates = createTemplateService(builtinPackDir, { installed: () => listInstalledPacks(workspaceDir), builtin: { packId: builtinPackId, version: appVersion } });
  return (await templates.find(target)).template;
}

/** Exit code 1 when the lint finds errors (a pack export would refuse the template), 0 when it finds only warnings or nothing. */
export async function runTemplatesLint(target: string | undefined, json: boolean, print: (line: string) => void, workspaceDir: string): Promise<number> {
  if (!target) throw new CliError('请给出模板文件（.json）或模板编号，如 gongwen templates lint jiancha-jianyi', 2);
  let template: Template;
  try {
    template = await templateFrom(target, workspaceDir);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
  const findings = lintTemplate(template);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (json) print(JSON.stringify({ id: template.id, name: template.name, findings }, null, 2));
  else {
    print(`模板“${template.name}”（${template.id}）${template.version}`);
    for (const line of describeFindings(findings)) print(line);
    print(findings.length === 0 ? '未发现问题。' : `${errors} 个错误，${findings.length - errors} 个提醒。`);
  }
  return errors > 0 ? 1 : 0;
}
