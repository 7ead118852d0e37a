/** Package relationships: where the main document, its styles, theme, settings and footers live. */
import { attr, childrenNamed, find, parseXml } from './xml.ts';
import type { DocxParts } from './unzip-docx.ts';

export interface Relationship {
  type: string;
  /** Part name inside the package, resolved against the source part's folder. */
  target: string;
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = source.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** Relationships of `source` by id; external targets (hyperlinks) are left out. */
export function readRelationships(parts: DocxParts, source: string): Map<string, Relationship> {
  const relsPart = relsPartOf(source);
  const xml = parts.get(relsPart);
  const result = new Map<string, Relationship>();
  if (!xml) return result;
  for (const rel of childrenNamed(find(parseXml(xml, relsPart), 'Relationships'), 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (!id || !target || attr(rel, 'TargetMode') === 'External') continue;
    result.set(id, { type: attr(rel, 'Type') ?? '', target: resolveTarget(source, target) });
  }
  return result;
}

/** The target of the first relationship whose type ends with `/kind`, e.g. `styles`. */
export function targetOfType(rels: Map<string, Relationship>, kind: string): string | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(`/${kind}`)) return rel.target;
  return undefined;
}
