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

/**
 * A gap chip in a body table's cell (body.3.rows.1.cells.0, named by its field key): focused in its
 * cell, so Enter opens it. Cells are not nodes of the body editor, so the export warning finds these by their path.
 */
export function jumpToCellField(source: string, key: string, root: ParentNode = document): boolean {
  const path = /^body\.(\d+)\.rows\.(\d+)\.cells\.(\d+)$/.exec(source);
  if (!path) return false;
  const table = root.querySelector(`[data-source-field="body"] .body-editable > [data-block="${path[1]}"]`);
  const cell = table?.querySelectorAll('tr')[Number(path[2])]?.children[Number(path[3])];
  const chip = [...(cell?.querySelectorAll<HTMLElement>('.field-chip.unfilled') ?? [])].find((element) => element.dataset.fieldKey === key);
  if (!chip) return false;
  chip.scrollIntoView({ block: 'center' });
  chip.focus();
  flash(chip);
  return true;
}
