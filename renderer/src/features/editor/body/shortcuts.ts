/** The body editor's keyboard shortcuts, as data: the plugin acts on them and the 帮助 screen lists them. */
import type { ShortcutGroup } from '../../help/shortcuts.ts';
import type { BlockKind } from './block-type.ts';

/** Ctrl+digit switches the paragraph kind. */
export const blockKindKeys: { key: string; kind: BlockKind; action: string }[] = [
  { key: '0', kind: 'paragraph', action: '正文段落' },
  { key: '1', kind: 'heading1', action: '一级标题（一、）' },
  { key: '2', kind: 'heading2', action: '二级标题（（一））' },
  { key: '3', kind: 'heading3', action: '三级标题（1.）' },
  { key: '4', kind: 'heading4', action: '四级标题（（1））' },
  { key: '5', kind: 'yishi', action: '分项（一是、二是）' },
  { key: '6', kind: 'diyi', action: '分项（第一，第二，）' },
];

export const bodyShortcuts: ShortcutGroup = {
  title: '正文编辑',
  shortcuts: [
    ...blockKindKeys.map(({ key, action }) => ({ keys: ['Ctrl', key], action })),
    { keys: ['Enter'], action: '分段；在分项中另起下一项，空项上回车结束分项' },
    { keys: ['Shift', 'Enter'], action: '段内换行' },
    { keys: ['Ctrl', 'Enter'], action: '插入分页符' },
    { keys: ['Ctrl', 'Shift', 'F'], action: '把选中的文字标为字段（另存为模板时成为待填写的内容）' },
    { keys: ['Tab'], action: '移到下一个数据字段' },
    { keys: ['F4'], action: '选中下一处未填的空缺或字段（× 、【单位名称】等），回车填写；在正文外（如标题）按下时选中正文第一处' },
    { keys: ['Shift', 'F4'], action: '选中上一处未填的空缺或字段；在正文外按下时选中最后一处' },
    { keys: ['Enter'], action: '在数据字段上：查看来源、改写数值（空格键亦可）' },
    { keys: ['Backspace'], action: '在标题或分项开头：改回正文段落' },
    { keys: ['Ctrl', 'Z'], action: '撤销正文中的修改' },
    { keys: ['Ctrl', 'Y'], action: '重做' },
  ],
};
