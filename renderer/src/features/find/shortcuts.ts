/** Keys of the 查找 bar, for the 帮助 dialog's shortcut list. */
import type { ShortcutGroup } from '../help/shortcuts.ts';

export const findShortcuts: ShortcutGroup = {
  title: '查找栏',
  shortcuts: [
    { keys: ['Enter'], action: '下一处' },
    { keys: ['Shift', 'Enter'], action: '上一处' },
    { keys: ['Esc'], action: '关闭查找栏，回到原来的位置' },
  ],
};
