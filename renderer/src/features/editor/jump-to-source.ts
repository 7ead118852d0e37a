/**
 * Brings the editor field behind a model path (e.g. `title`, `signature.date`, `body.3`)
 * into view and focus, so a checker finding or a preview click lands where the writer fixes it.
 */
const highlightMs = 1500;

function flash(element: HTMLElement): void {
  element.classList.add('jump-highlight');
  setTimeout(() => element.classList.remove('jump-highlight'), highlightMs);
}

export function jumpToSource(source: string, root: ParentNode = document): boolean {
  const fields = [...root.querySelectorAll<HTMLElement>('[data-source-field]')];
  const field = fields
    .filter((element) => source === element.dataset.sourceField || source.startsWith(`${element.dataset.sourceField}.`))
    .sort((a, b) => (b.dataset.sourceField?.length ?? 0) - (a.dataset.sourceField?.length ?? 0))[0];
  if (!field) return false;
  let target: HTMLElement = field;
  const bodyIndex = /^body\.(\d+)/.exec(source);
  if (field.dataset.sourceField === 'body' && bodyIndex) {
    // The body editor labels each paragraph with its block; an enumeration's first paragraph stands for it.
    target = field.querySelector<HTMLElement>(`.body-editable > [data-block="${Number(bodyIndex[1])}"]`) ?? field;
  }
  target.scrollIntoView({ block: 'center' });
  field.querySelector<HTMLElement>('input, textarea')?.focus();
  flash(target);
  return true;
}
