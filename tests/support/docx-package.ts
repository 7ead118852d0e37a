/**
 * The package structure of a .docx (Open Packaging Conventions): every part has a content type,
 * every override names a part, every internal relationship target exists, every r:id a part uses
 * is one of its relationships, and every part is reached from the package root (no orphans).
 */
import { strFromU8 } from 'fflate';

type Files = Readonly<Record<string, Uint8Array>>;

const contentTypesPart = '[Content_Types].xml';

function elements(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))].map(([, attributes]) => Object.fromEntries([...(attributes ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])));
}

/** `word/_rels/document.xml.rels` → `word/document.xml`; `_rels/.rels` → '' (the package root). */
function sourceOfRels(rels: string): string {
  return rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const resolved: string[] = [];
  for (const segment of `${folder}${target}`.split('/')) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}

export function packageProblems(files: Files): string[] {
  const problems: string[] = [];
  const parts = Object.keys(files).filter((name) => !name.endsWith('/'));
  const typesXml = files[contentTypesPart] ? strFromU8(files[contentTypesPart]) : null;
  if (typesXml === null) return [`缺少 ${contentTypesPart}`];

  const defaults = new Map(elements(typesXml, 'Default').map((entry) => [(entry.Extension ?? '').toLowerCase(), entry.ContentType]));
  const overrides = new Map(elements(typesXml, 'Override').map((entry) => [(entry.PartName ?? '').replace(/^\//, ''), entry.ContentType]));
  for (const part of parts) {
    if (part === contentTypesPart) continue;
    const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(part) && !defaults.has(extension)) problems.push(`${part}：没有内容类型`);
  }
  for (const name of overrides.keys()) if (!files[name]) problems.push(`${contentTypesPart}：Override 指向不存在的部件 /${name}`);

  const relationships = new Map<string, { id: string; target: string }[]>();
  for (const rels of parts.filter((name) => name.endsWith('.rels'))) {
    const source = sourceOfRels(rels);
    if (source !== '' && !files[source]) problems.push(`${rels}：所属部件 ${source} 不存在`);
    const internal = elements(strFromU8(files[rels]!), 'Relationship').filter((entry) => entry.TargetMode !== 'External');
    relationships.set(source, internal.map((entry) => ({ id: entry.Id ?? '', target: resolveTarget(source, entry.Target ?? '') })));
    for (const entry of internal) if (!files[resolveTarget(source, entry.Target ?? '')]) problems.push(`${rels}：关系 ${entry.Id} 的目标 ${entry.Target} 不存在`);
  }

  for (const part of parts.filter((name) => name.endsWith('.xml') && name !== contentTypesPart)) {
    const ids = new Set((relationships.get(part) ?? []).map((entry) => entry.id));
    for (const [, id] of strFromU8(files[part]!).matchAll(/\br:(?:id|embed|link|pict)="([^"]*)"/g)) {
      if (!ids.has(id ?? '')) problems.push(`${part}：r:id ${id} 不在 ${relsOf(part)} 中`);
    }
  }

  const reached = new Set<string>();
  const pending = [''];
  while (pending.length > 0) {
    for (const { target } of relationships.get(pending.pop()!) ?? []) {
      if (!reached.has(target)) {
        reached.add(target);
        pending.push(target);
      }
    }
  }
  for (const part of parts) {
    if (part !== contentTypesPart && !part.endsWith('.rels') && !reached.has(part)) problems.push(`${part}：没有任何关系指向它（孤立部件）`);
  }
  return problems;
}
