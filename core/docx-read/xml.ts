/**
 * Ordered XML trees from fast-xml-parser, with namespace prefixes removed (Word and WPS both
 * write `w:` but nothing obliges them to), and the few accessors the readers need.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DocxReadError } from './docx-read-error.ts';

/** `{ tag: children, ':@': attributes }` or `{ '#text': text }`, as fast-xml-parser's preserveOrder mode builds it. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Entity decoding in the parser doubles its time; the few values the readers use are decoded in attr() and textOf().
  processEntities: false,
});

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five named entities and numeric character references (&#x4E2D;), which Word writes for some characters. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return named[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The parser is lenient with unclosed tags; Word is not, so a part it would refuse is reported rather than half-read. */
export function parseXml(text: string, part: string): XmlNode[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new DocxReadError(`XML 格式错误，Word 无法打开此文件（第 ${valid.err.line} 行第 ${valid.err.col} 列：${valid.err.msg}）`, part);
  try {
    return parser.parse(text) as XmlNode[];
  } catch (error) {
    throw new DocxReadError(`XML 格式错误：${error instanceof Error ? error.message : String(error)}`, part);
  }
}

export function tagOf(node: XmlNode): string {
  for (const key in node) if (key !== ':@') return key;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const attributes = node?.[':@'] as Record<string, string> | undefined;
  const value = attributes?.[name];
  return value === undefined ? undefined : decodeEntities(value);
}

export function numberAttr(node: XmlNode | undefined, name: string): number | undefined {
  const value = attr(node, name);
  if (value === undefined) return undefined;
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : undefined;
}

export function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  if (!node) return undefined;
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

export function childrenNamed(node: XmlNode | undefined, tag: string): XmlNode[] {
  return node ? childrenOf(node).filter((c) => tagOf(c) === tag) : [];
}

/** First element named `tag` at any depth, in document order. */
export function find(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const found = find(childrenOf(node), tag);
    if (found) return found;
  }
  return undefined;
}

export function textOf(node: XmlNode): string {
  return decodeEntities(
    childrenOf(node)
      .map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
      .join(''),
  );
}

/** ST_OnOff: an element present without `w:val`, or with true/1/on, is on. */
export function isOn(node: XmlNode | undefined): boolean | undefined {
  if (!node) return undefined;
  const value = attr(node, 'val');
  return value === undefined || !['false', '0', 'off'].includes(value.toLowerCase());
}
