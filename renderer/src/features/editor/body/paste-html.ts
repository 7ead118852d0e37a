/**
 * Clipboard HTML (Word, WPS, a web page) → the paragraphs' plain text. Only words and paragraph
 * breaks survive: fonts, colours, sizes, Word's conditional comments and style sheets are dropped,
 * so a pasted passage takes the body's own 仿宋 and indents. Written without the DOM so it is the
 * same in tests as in the renderer.
 */
const dropped = /<!--[\s\S]*?-->|<(style|script|head|title|xml|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<o:p>\s*<\/o:p>/gi;
const blockTags = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'table',
  'blockquote',
  'section',
  'article',
  'ul',
  'ol',
  'pre',
  'dt',
  'dd',
  'br',
  'hr',
  'body',
]);
const cellTags = new Set(['td', 'th']);
const paragraphMark = '\u0000';

const named: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: '\u3000',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  mdash: '—',
  middot: '·',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return named[name.toLowerCase()] ?? entity;
  });
}

const wide = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’…—]/u;

/** Source line wraps are not spaces between Chinese characters (Word wraps its HTML at ~80 columns). */
function collapseSourceWhitespace(text: string): string {
  return text.replace(/\s+/g, (space, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + space.length] ?? '';
    return wide.test(before) || wide.test(after) ? '' : ' ';
  });
}

export function htmlParagraphs(html: string): string[] {
  const bodyStart = html.search(/<body\b[^>]*>/i);
  const inner = bodyStart >= 0 ? html.slice(bodyStart) : html;
  const marked = inner.replace(dropped, '').replace(/<\/?([a-z][\w:-]*)\b[^>]*>/gi, (_tag, name: string) => {
    const tag = name.toLowerCase();
    if (blockTags.has(tag)) return paragraphMark;
    return cellTags.has(tag) ? ' ' : '';
  });
  return collapseSourceWhitespace(marked)
    .split(paragraphMark)
    .map((paragraph) =>
      decode(paragraph)
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '');
}

/** Plain clipboard text: one paragraph per line, blank lines dropped. */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
