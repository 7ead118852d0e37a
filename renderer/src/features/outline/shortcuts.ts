/** Keys of the 大纲 column and the 查找 bar, for the 帮助 dialog's shortcut list. */
import type { ShortcutGroup } from '../help/shortcuts.ts';

export const outlineShortcuts: ShortcutGroup = {
  title: '大纲',
  shortcuts: [
    { keys: ['Alt', '↑'], action: '把这一节（连同下级内容）上移，序号自动重排' },
    { keys: ['Alt', '↓'], action: '把这一节下移' },
    { keys: ['↑', '↓'], action: '上一个 / 下一个标题' },
    { keys: ['Enter'], action: '跳到该标题' },
  ],
};
