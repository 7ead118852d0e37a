/**
 * What a pack carries besides its manifest, and where each kind lives in the archive:
 * templates (`templates/<编号>.json`, the template schema, migrated by its formatVersion),
 * the law articles they cite, phrase books, the unit directory, sample ledgers and the
 * office's letterhead settings. Every file is parsed as untrusted JSON: strict UTF-8,
 * secure-json-parse, no prototype keys anywhere, then a strict zod schema.
 */
import secureJson from 'secure-json-parse';
import { NumberPrefixesSchema, OrganSettingsSchema, SignerNamesSchema } from '../settings/house-settings.ts';
import { UnitDirectorySchema, type Unit } from '../settings/unit-directory.ts';
import { LawReferencesSchema, type LawReferences } from '../template/law-references.ts';
import { DatasetSampleSchema, TemplateSchema, type DatasetSample, type Template } from '../template/template-schema.ts';
import { findForbiddenKeys } from '../validation/forbidden-keys.ts';
import { describeIssues, z } from '../validation/zod.ts';
import { manifestPath } from './pack-manifest.ts';
import { PackError } from './pack-error.ts';

export const packFolders = { templates: 'templates/', phrases: 'phrases/', samples: 'samples/' } as const;
export const packFiles = { units: 'units.json', letterhead: 'letterhead.json', laws: 'law-references.json' } as const;

export const PhraseBookSchema = z.strictObject({
  name: z.string().trim().min(1, '常用语集名称不能为空').max(60),
  phrases: z
    .array(
      z.strictObject({
        title: z.string().trim().min(1, '常用语标题不能为空').max(60),
        category: z.string().trim().max(30),
        text: z.string().trim().min(1, '常用语不能为空').max(4_000),
      }),
    )
    .max(2_000),
});

export const UnitsFileSchema = z.strictObject({ units: UnitDirectorySchema });

export const LetterheadSchema = z.strictObject({ organ: OrganSettingsSchema, numberPrefixes: NumberPrefixesSchema, defaultSigners: SignerNamesSchema });

export type PhraseBook = z.infer<typeof PhraseBookSchema>;
export type Letterhead = z.infer<typeof LetterheadSchema>;

export interface PackContents {
  templates: Template[];
  laws: LawReferences | null;
  phraseBooks: PhraseBook[];
  units: Unit[] | null;
  samples: DatasetSample[];
  letterhead: Letterhead | null;
}

export const emptyPackContents = (): PackContents => ({ templates: [], laws: null, phraseBooks: [], units: null, samples: [], letterhead: null });

type EntryKind = 'manifest' | 'template' | 'phrases' | 'sample' | 'units' | 'letterhead' | 'laws' | 'folder';

/** The kind of file an entry name stands for, or null when a pack has no such file. */
export function entryKind(name: string): EntryKind | null {
  if (name === manifestPath) return 'manifest';
  if (Object.values(packFolders).includes(name as (typeof packFolders)[keyof typeof packFolders])) return 'folder';
  if (name === packFiles.units) return 'units';
  if (name === packFiles.letterhead) return 'letterhead';
  if (name === packFiles.laws) return 'laws';
  const [folder, file, ...rest] = name.split('/');
  if (rest.length > 0 || !file) return null;
  if (`${folder}/` === packFolders.templates) return 'template';
  if (`${folder}/` === packFolders.phrases) return 'phrases';
  if (`${folder}/` === packFolders.samples) return 'sample';
  return null;
}

/** Parses one JSON entry of a pack; refuses it, naming the entry, when anything is off. */
export function parsePackJson<T>(name: string, bytes: Uint8Array, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PackError(`“${name}”不是 UTF-8 编码的文本`);
  }
  let json: unknown;
  try {
    json = secureJson.parse(text, null, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    const poisoned = error instanceof SyntaxError && /prototype/i.test(error.message);
    throw new PackError(
      poisoned
        ? `“${name}”含有 __proto__ 或 constructor.prototype 键，可能被用来篡改程序对象`
        : `“${name}”不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const forbidden = findForbiddenKeys(json);
  if (forbidden.length > 0) throw new PackError(`“${name}”含有不允许的键名：${forbidden.slice(0, 5).join('、')}（__proto__、constructor、prototype 可能被用来篡改程序对象）`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new PackError(`“${name}”内容不正确：\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Reads every file but the manifest into typed contents. `files` holds only names that passed the entry rules. */
export function parsePackContents(files: ReadonlyMap<string, Uint8Array>): PackContents {
  const contents = emptyPackContents();
  for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    switch (entryKind(name)) {
      case 'template': {
        const template = parsePackJson(name, bytes, TemplateSchema);
        if (name !== `${packFolders.templates}${template.id}.json`)
          throw new PackError(`“${name}”中的模板编号是“${template.id}”，文件应命名为“${packFolders.templates}${template.id}.json”`);
        contents.templates.push(template);
        break;
      }
      case 'phrases':
        contents.phraseBooks.push(parsePackJson(name, bytes, PhraseBookSchema));
        break;
      case 'sample':
        contents.samples.push(parsePackJson(name, bytes, DatasetSampleSchema));
        break;
      case 'units':
        contents.units = parsePackJson(name, bytes, UnitsFileSchema).units;
        break;
      case 'letterhead':
        contents.letterhead = parsePackJson(name, bytes, LetterheadSchema);
        break;
      case 'laws':
        contents.laws = parsePackJson(name, bytes, LawReferencesSchema);
        break;
      case 'manifest':
      case 'folder':
        break;
      case null:
        throw new PackError(`压缩包条目“${name}”不是模板包认得的文件（只收 templates/、phrases/、samples/ 下的 .json 和 ${Object.values(packFiles).join('、')}）`);
    }
  }
  return contents;
}

/** The files of `contents` under the names a pack stores them, sorted, as pretty UTF-8 JSON: what the writer zips. */
export function packContentFiles(contents: PackContents): { path: string; bytes: Uint8Array }[] {
  const encode = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  const number = (index: number) => String(index + 1).padStart(3, '0');
  const files = [
    ...contents.templates.map((template) => ({ path: `${packFolders.templates}${template.id}.json`, bytes: encode(template) })),
    ...contents.phraseBooks.map((book, index) => ({ path: `${packFolders.phrases}${number(index)}.json`, bytes: encode(book) })),
    ...contents.samples.map((sample, index) => ({ path: `${packFolders.samples}${number(index)}.json`, bytes: encode(sample) })),
    ...(contents.units ? [{ path: packFiles.units, bytes: encode({ units: contents.units }) }] : []),
    ...(contents.letterhead ? [{ path: packFiles.letterhead, bytes: encode(contents.letterhead) }] : []),
    ...(contents.laws ? [{ path: packFiles.laws, bytes: encode(contents.laws) }] : []),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The contents as the host stores them after a pack was checked (`contents.json`), re-validated on every read. */
export const PackContentsSchema = z.strictObject({
  templates: z.array(TemplateSchema).max(500),
  laws: LawReferencesSchema.nullable(),
  phraseBooks: z.array(PhraseBookSchema).max(500),
  units: UnitDirectorySchema.nullable(),
  samples: z.array(DatasetSampleSchema).max(500),
  letterhead: LetterheadSchema.nullable(),
});
