/** `{{名称}}` placeholders: the only syntax in template text. No expressions, no filters, no escapes to code. */

export type TemplateSegment = { kind: 'text'; text: string } | { kind: 'placeholder'; name: string };

const placeholder = /\{\{\s*([^{}\s]{1,60})\s*\}\}/g;

export function parsePlaceholders(source: string): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  let last = 0;
  for (const match of source.matchAll(placeholder)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ kind: 'text', text: source.slice(last, index) });
    segments.push({ kind: 'placeholder', name: match[1]! });
    last = index + match[0].length;
  }
  if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
  return segments;
}

export function placeholderNames(source: string): string[] {
  return parsePlaceholders(source).flatMap((segment) => (segment.kind === 'placeholder' ? [segment.name] : []));
}
