/**
 * Every keyboard shortcut of the app, as data: the 帮助 dialog lists these groups in this
 * order. A feature with its own keys exports a `ShortcutGroup` from its folder (e.g. the body
 * editor's editor/body/shortcuts.ts) and adds it to `shortcutGroups` below.
 */
import { bodyShortcuts } from '../editor/body/shortcuts.ts';
import { findShortcuts } from '../find/shortcuts.ts';
import { outlineShortcuts } from '../outline/shortcuts.ts';

export interface Shortcut {
  /** Keys pressed together, as printed on the keyboard, e.g. ['Ctrl', 'S']. */
  keys: readonly string[];
  /** What the keys do, in a few words. */
  action: string;
}

export interface ShortcutGroup {
  /** Where the keys work, e.g. 全局 or 正文编辑. */
  title: string;
  shortcuts: readonly Shortcut[];
}

export const appShortcuts: ShortcutGroup = {
  title: '全局',
  shortcuts: [
    { keys: ['F1'], action: '打开帮助（本窗口）' },
    { keys: ['Ctrl', 'S'], action: '保存版本' },
    { keys: ['Ctrl', 'F'], action: '查找' },
    { keys: ['Ctrl', 'P'], action: '打印预览' },
    { keys: ['Ctrl', 'Z'], action: '撤销' },
    { keys: ['Ctrl', 'Y'], action: '重做' },
    { keys: ['Ctrl', 'Shift', 'Z'], action: '重做' },
    { keys: ['Esc'], action: '关闭对话框' },
  ],
};

export const homeShortcuts: ShortcutGroup = {
  title: '首页',
  shortcuts: [
    { keys: ['Enter'], action: '在搜索框中：打开第一条搜索结果' },
    { keys: ['↓'], action: '在搜索框中：移到搜索结果' },
    { keys: ['↑', '↓'], action: '在搜索结果中：上一条 / 下一条' },
    { keys: ['Esc'], action: '在搜索框中：清空搜索' },
    { keys: ['←', '→'], action: '在模板卡片中：上一张 / 下一张' },
    { keys: ['↑', '↓'], action: '在模板卡片中：上方 / 下方的卡片' },
    { keys: ['Enter'], action: '在模板卡片中：用该模板新建' },
  ],
};

export const shortcutGroups: readonly ShortcutGroup[] = [appShortcuts, homeShortcuts, bodyShortcuts, outlineShortcuts, findShortcuts];
