/**
 * 共享来源: where the office's shared packs are — a shared folder (\\文件服务器\模板包, Z:\模板包)
 * or an intranet address. Saved with the other settings; the 模板包 screen lists and installs what is there.
 */
import type { SettingsDraft } from './settings-draft.ts';

interface Props {
  draft: SettingsDraft;
  onChange: (draft: SettingsDraft) => void;
}

export function PackSourceSection({ draft, onChange }: Props) {
  return (
    <section className="settings-section" aria-labelledby="settings-pack-source">
      <h2 id="settings-pack-source">共享来源</h2>
      <p className="settings-hint">
        本单位或上级放模板包的共享文件夹（如 \\文件服务器\模板包、Z:\模板包）或内网网址（http://…）。保存后，在“模板包”中查看并安装其中的模板包。发布时在该文件夹运行
        gongwen pack index，写出索引 gwpack-index.json；共享文件夹没有索引时逐个读取模板包。
      </p>
      <label className="pack-source-field">
        共享文件夹或网址
        <input value={draft.packSource} placeholder="\\文件服务器\模板包 或 http://内网地址/模板包/" onChange={(e) => onChange({ ...draft, packSource: e.target.value })} />
      </label>
    </section>
  );
}
