/**
 * Arrow keys in the template gallery: ← and → step through the cards in reading order, ↑ and
 * ↓ go to the card above or below (the nearest one horizontally, across family headings).
 */
import type { KeyboardEvent } from 'react';

const cardSelector = '.home-card';

function nearestInRow(cards: HTMLElement[], from: HTMLElement, direction: 1 | -1): HTMLElement | undefined {
  const here = from.getBoundingClientRect();
  const rows = cards.map((card) => card.getBoundingClientRect()).filter((box) => (direction > 0 ? box.top > here.bottom - 1 : box.bottom < here.top + 1));
  if (rows.length === 0) return undefined;
  const rowTop = direction > 0 ? Math.min(...rows.map((box) => box.top)) : Math.max(...rows.map((box) => box.top));
  const row = cards.filter((card) => Math.abs(card.getBoundingClientRect().top - rowTop) < 1);
  const centre = here.left + here.width / 2;
  return row.reduce((best, card) => {
    const distance = (c: HTMLElement) => Math.abs(c.getBoundingClientRect().left + c.getBoundingClientRect().width / 2 - centre);
    return distance(card) < distance(best) ? card : best;
  });
}

export function moveBetweenCards(event: KeyboardEvent<HTMLElement>): void {
  const from = (event.target as HTMLElement).closest<HTMLElement>(cardSelector);
  if (!from || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
  const cards = [...event.currentTarget.querySelectorAll<HTMLElement>(cardSelector)];
  const at = cards.indexOf(from);
  const next = event.key === 'ArrowLeft' ? cards[at - 1] : event.key === 'ArrowRight' ? cards[at + 1] : nearestInRow(cards, from, event.key === 'ArrowDown' ? 1 : -1);
  if (!next) return;
  event.preventDefault();
  next.focus();
}
