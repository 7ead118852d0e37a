/**
 * Loads a template pack folder: every `*.json` file is a template, except
 * `law-references.json`, which holds the versioned law articles. Each file is parsed with
 * JSON.parse, refused if it carries prototype keys, validated with zod, and reported by name
 * when bad — one bad file never hides the good ones.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LawReferencesSchema, type LawReferences } from '../../core/template/law-references.ts';
import { TemplateSchema, type Template } from '../../core/template/template-schema.ts';
import { describeIssues, type z } from '../../core/validation/zod.ts';
import { describeFileError } from '../files/describe-file-error.ts';
import { findForbiddenKeys } from '../../core/validation/forbidden-keys.ts';

export const lawReferencesFile = 'law-references.json';

/** A pack file is data, not a database: anything larger is a mistake or an attack. */
const maxFileBytes = 2 * 1024 * 1024;

export interface PackProblem {
  file: string;
  message: string;
}

export interface TemplatePack {
  templates: Template[];
  laws: LawReferences | null;
  problems: PackProblem[];
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parseJson<T>(file: string, text: string, schema: z.ZodType<T>): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `“${file}”不是有效的 JSON：${error instanceof Error ? error.message : String(error)}` };
  }
  const forbidden = findForbiddenKeys(json);
  if (forbidden.length > 0)
    return { ok: false, message: `“${file}”含有不允许的键名：${forbidden.slice(0, 5).join('、')}（__proto__、constructor、prototype 可能被用来篡改程序对象）` };
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, message: `“${file}”不符合模板格式：\n${describeIssues(parsed.error)}` };
  return { ok: true, value: parsed.data };
}

export async function loadTemplatePack(directory: string): Promise<TemplatePack> {
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.toLowerCase().endsWith('.json')).sort();
  } catch (error) {
    return { templates: [], laws: null, problems: [{ file: directory, message: `无法读取模板文件夹：${describeFileError(error, directory, 'read').message}` }] };
  }
  const templates: Template[] = [];
  const problems: PackProblem[] = [];
  let laws: LawReferences | null = null;
  const owners = new Map<string, string>();
  for (const name of names) {
    const file = path.join(directory, name);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      problems.push({ file: name, message: describeFileError(error, name, 'read').message });
      continue;
    }
    if (bytes.length > maxFileBytes) {
      problems.push({ file: name, message: `“${name}”有 ${bytes.length} 字节，超过模板文件的上限 ${maxFileBytes} 字节` });
      continue;
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (name === lawReferencesFile) {
      const parsed = parseJson(name, text, LawReferencesSchema);
      if (parsed.ok) laws = parsed.value;
      else problems.push({ file: name, message: parsed.message });
      continue;
    }
    const parsed = parseJson(name, text, TemplateSchema);
    if (!parsed.ok) {
      problems.push({ file: name, message: parsed.message });
      continue;
    }
    const owner = owners.get(parsed.value.id);
    if (owner) {
      problems.push({ file: name, message: `“${name}”的模板编号“${parsed.value.id}”与“${owner}”重复` });
      continue;
    }
    owners.set(parsed.value.id, name);
    templates.push(parsed.value);
  }
  return { templates, laws, problems };
}
