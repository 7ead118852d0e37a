/**
 * 帮助: how a document gets made, step by step, and every keyboard shortcut (shortcuts.ts).
 * A modal <dialog>: the browser keeps focus inside it, and Esc closes it.
 */
import { useEffect, useRef } from 'react';
import { shortcutGroups } from './shortcuts.ts';
import './help.css';

const steps = [
  ['新建', '在首页选一个模板（带示例数据，打开即是一份完整的公文），或新建空白通知，或用“一键排版”识别现成的草稿。'],
  ['填写', '填写发文机关、文号、标题、主送机关和署名日期，在正文中撰写；右侧预览实时显示印出来的版面。'],
  ['导入台账', '在“数据来源”中导入 Excel 或 CSV 台账，数字和名单自动填入，点击数值可查看它来自哪几行。'],
  ['检查', '打开“检查”标签，按 GB/T 9704-2012 逐项核对版式、标点、标题层次，点击问题可跳到原文。'],
  ['导出', '点“导出 Word”，文件保存在导出文件夹中；也可打印或另存 PDF，或“另存为 .gwdoc”用 U 盘带到别的电脑。'],
  ['批量生成', '给多个单位发同一种建议书或整改通知书时，点顶栏“批量生成”：导入问题台账，预览各单位及其问题，一次生成每个单位的通知、送达回证、合并打印文件和差异报告。'],
  ['模板包', '点顶栏“模板包”：安装其他单位发来的 .gwpack（先检查内容和签名，没有签名的需确认），回退到上一版本，或把选中的模板连同常用语、单位名录导出为模板包分享出去；签名密钥和受信任的发布单位在“设置”中。'],
] as const;

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);

  // Unmounting removes the dialog from the page, which also ends the modal state: no cleanup needed.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <div className="help-head">
        <h2 id="help-title">帮助</h2>
        <button type="button" onClick={() => dialog.current?.close()} autoFocus>
          关闭
        </button>
      </div>
      <section aria-labelledby="help-steps">
        <h3 id="help-steps">怎样写成一份公文</h3>
        <ol className="help-steps">
          {steps.map(([name, how]) => (
            <li key={name}>
              <strong>{name}</strong>
              <span>{how}</span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="help-keys">
        <h3 id="help-keys">键盘快捷键</h3>
        {shortcutGroups.map((group) => (
          <table key={group.title} className="help-keys">
            <caption>{group.title}</caption>
            <tbody>
              {group.shortcuts.map((shortcut) => (
                <tr key={`${shortcut.keys.join('+')} ${shortcut.action}`}>
                  <th scope="row">
                    {shortcut.keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 && ' + '}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </th>
                  <td>{shortcut.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>
    </dialog>
  );
}
