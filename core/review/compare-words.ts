/**
 * Old and new wording of one paragraph as runs of kept, deleted and inserted characters, for
 * the 修改对照 document: a character LCS (Chinese has no spaces to split words on) over the
 * part between the common head and tail, then lone kept characters inside a rewrite are folded
 * into it — a 的 or ， that happens to match reads as noise, not as kept wording.
 */

export type WordChangeKind = 'same' | 'deleted' | 'inserted';

export interface WordChange {
  kind: WordChangeKind;
  text: string;
}

/** Above this many LCS cells the middle is shown as replaced whole rather than compared. */
const maxCells = 4_000_000;

function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonTail(a: string, b: string, head: number): number {
  let n = 0;
  while (n < a.length - head && n < b.length - head && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function lcs(a: string, b: string): WordChange[] {
  if (a.length * b.length > maxCells) return [{ kind: 'deleted', text: a }, { kind: 'inserted', text: b }];
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const out: WordChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i++]! });
      j++;
    } else if (j >= b.length || (i < a.length && table[(i + 1) * width + j]! >= table[i * width + j + 1]!)) out.push({ kind: 'deleted', text: a[i++]! });
    else out.push({ kind: 'inserted', text: b[j++]! });
  }
  return out;
}

/** Joins neighbours of one kind and puts a deletion before the insertion that replaces it. */
function merge(changes: readonly WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  for (const change of changes) {
    if (!change.text) continue;
    const last = out[out.length - 1];
    if (last?.kind === change.kind) last.text += change.text;
    else if (change.kind === 'deleted' && last?.kind === 'inserted' && out[out.length - 2]?.kind === 'deleted') out[out.length - 2]!.text += change.text;
    else if (change.kind === 'deleted' && last?.kind === 'inserted') out.splice(out.length - 1, 0, { ...change });
    else out.push({ ...change });
  }
  return out;
}

/** A kept run of one character between two changes becomes part of both. */
function foldLoneKept(changes: readonly WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  changes.forEach((change, i) => {
    const inside = i > 0 && i < changes.length - 1;
    if (change.kind === 'same' && change.text.length === 1 && inside) out.push({ kind: 'deleted', text: change.text }, { kind: 'inserted', text: change.text });
    else out.push(change);
  });
  return merge(out);
}

export function diffWords(before: string, after: string): WordChange[] {
  const head = commonHead(before, after);
  const tail = commonTail(before, after, head);
  const middle = foldLoneKept(merge(lcs(before.slice(head, before.length - tail), after.slice(head, after.length - tail))));
  return merge([{ kind: 'same', text: before.slice(0, head) }, ...middle, { kind: 'same', text: before.slice(before.length - tail) }]);
}
