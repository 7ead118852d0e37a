import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortcutGroups } from './shortcuts.ts';

const rendererSource = path.join(import.meta.dirname, '../..');
const printed: Record<string, string> = { Control: 'Ctrl', ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };

/** Every key combination a control announces with aria-keyshortcuts, written the way 帮助 prints it. */
function announcedShortcuts(): string[] {
  const files = readdirSync(rendererSource, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
  return files.flatMap((file) =>
    [...readFileSync(path.join(rendererSource, file), 'utf8').matchAll(/aria-keyshortcuts="([^"]+)"/g)].flatMap((match) =>
      (match[1] ?? '').split(' ').map((combo) =>
        combo
          .split('+')
          .map((key) => printed[key] ?? key)
          .join('+'),
      ),
    ),
  );
}

describe('the shortcut list in 帮助', () => {
  const listed = shortcutGroups.flatMap((group) => group.shortcuts.map((shortcut) => shortcut.keys.join('+')));

  it('lists every shortcut a control announces', () => {
    const announced = announcedShortcuts();
    expect(announced).toContain('F1');
    expect(announced.filter((combo) => !listed.includes(combo))).toEqual([]);
  });

  it('has no empty group and no key listed twice in one group', () => {
    for (const group of shortcutGroups) {
      expect(group.shortcuts.length, group.title).toBeGreaterThan(0);
      const combos = group.shortcuts.map((shortcut) => `${shortcut.keys.join('+')} ${shortcut.action}`);
      expect(new Set(combos).size, group.title).toBe(combos.length);
    }
  });
});
