/**
 * Shows a find match in the editor: the part is scrolled into view and flashed; inside the body
 * the matched words themselves are painted with the CSS Custom Highlight API, which marks text
 * without touching the DOM Lexical owns. The find bar keeps the keyboard focus throughout.
 */
import type { FindMatch } from '../../../../core/model/find-in-document.ts';

const currentName = 'find-current';
const allName = 'find-all';

function fieldFor(source: string): HTMLElement | null {
  const fields = [...document.querySelectorAll<HTMLElement>('[data-source-field]')];
  return (
    fields
      .filter((f) => source === f.dataset.sourceField || source.startsWith(`${f.dataset.sourceField}.`))
      .sort((a, b) => (b.dataset.sourceField?.length ?? 0) - (a.dataset.sourceField?.length ?? 0))[0] ?? null
  );
}

/** The editor paragraphs of body block `index` (an enumeration may span several), labelled by the body editor. */
function bodyElements(index: number): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`[data-source-field="body"] .body-editable > [data-block="${index}"]`)];
}

/** The DOM range of the match inside a body block. The editor may show an ordinal the model does not store, so occurrences are counted from the end. */
function bodyRange(elements: readonly HTMLElement[], match: FindMatch, query: string, inPart: number): Range | null {
  const nodes: Text[] = [];
  for (const element of elements) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  }
  const full = nodes
    .map((n) => n.data)
    .join('')
    .toLowerCase();
  const needle = query.toLowerCase();
  const starts: number[] = [];
  for (let at = full.indexOf(needle); at !== -1; at = full.indexOf(needle, at + needle.length)) starts.push(at);
  const start = starts[starts.length - inPart + match.occurrence];
  if (start === undefined) return null;
  const range = document.createRange();
  let offset = 0;
  let placedStart = false;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (!placedStart && start < end) {
      range.setStart(node, start - offset);
      placedStart = true;
    }
    if (placedStart && start + match.length <= end) {
      range.setEnd(node, start + match.length - offset);
      return range;
    }
    offset = end;
  }
  return null;
}

const highlightsSupported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export function clearMatches(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(currentName);
  CSS.highlights.delete(allName);
}

/** Marks every body match and brings `current` into view; `matches` are all matches of `query`. */
export function revealMatch(matches: readonly FindMatch[], current: FindMatch, query: string): void {
  const perPart = new Map<string, number>();
  for (const m of matches) perPart.set(m.source, (perPart.get(m.source) ?? 0) + 1);
  let currentRange: Range | null = null;
  const others: Range[] = [];
  for (const m of matches) {
    const index = /^body\.(\d+)$/.exec(m.source);
    const range = index ? bodyRange(bodyElements(Number(index[1])), m, query, perPart.get(m.source)!) : null;
    if (!range) continue;
    if (m === current) currentRange = range;
    else others.push(range);
  }
  if (highlightsSupported()) {
    CSS.highlights.set(allName, new Highlight(...others));
    if (currentRange) CSS.highlights.set(currentName, new Highlight(currentRange));
    else CSS.highlights.delete(currentName);
  }
  const index = /^body\.(\d+)$/.exec(current.source);
  const target = (index && bodyElements(Number(index[1]))[0]) || fieldFor(current.source);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.classList.add('find-flash');
  setTimeout(() => target.classList.remove('find-flash'), 900);
}
