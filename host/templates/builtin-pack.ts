/** Where the built-in pack lives: `templates/builtin` beside the sources, or under `resources` in the packaged app. */
import { fileURLToPath } from 'node:url';
import { loadTemplatePack, type TemplatePack } from './load-pack.ts';

export const builtinPackDir = fileURLToPath(new URL('../../templates/builtin/', import.meta.url));

export function loadBuiltinPack(directory: string = builtinPackDir): Promise<TemplatePack> {
  return loadTemplatePack(directory);
}
