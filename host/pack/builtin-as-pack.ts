/** The built-in templates are a pack like any other: the same contents, under an id only the app may use. */
import { AppError } from '../../core/api/errors.ts';
import { emptyPackContents, type PackContents } from '../../core/pack/pack-contents.ts';
import { loadTemplatePack } from '../templates/load-pack.ts';
import type { PackMeta } from './write-pack.ts';

export const builtinPackId = 'gongwen.builtin';

export async function builtinPackContents(directory: string): Promise<PackContents> {
  const { templates, laws, problems } = await loadTemplatePack(directory);
  if (problems.length > 0) throw new AppError('BAD_DOCUMENT', problems.map((problem) => problem.message).join('\n'));
  return { ...emptyPackContents(), templates, laws };
}

export const builtinPackMeta = (appVersion: string, created: string): PackMeta => ({
  id: builtinPackId,
  name: '公文工作台内置模板',
  version: appVersion,
  publisher: '公文工作台',
  created,
});
