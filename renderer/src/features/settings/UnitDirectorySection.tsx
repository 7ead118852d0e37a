/** The unit directory: 全称, 简称, 类别; rows edited in place, added, deleted, or imported from a pasted list. */
import { useState } from 'react';
import { collectiveCategory, importUnits } from '../../../../core/settings/unit-directory.ts';
import { EditableRows } from './EditableRows.tsx';
import type { SettingsDraft } from './settings-draft.ts';

interface Props {
  draft: SettingsDraft;
  onChange: (draft: SettingsDraft) => void;
}

export function UnitDirectorySection({ draft, onChange }: Props) {
  const units = draft.units;
  const [pasted, setPasted] = useState('');
  const [report, setReport] = useState<{ problems: string[]; added: number } | null>(null);

  const importPasted = () => {
    const result = importUnits(pasted, units);
    setReport({ problems: result.problems, added: result.problems.length > 0 ? 0 : result.units.length - units.length });
    if (result.problems.length > 0) return;
    onChange({ ...draft, units: result.units });
    setPasted('');
  };

  return (
    <section className="settings-section" aria-labelledby="settings-units">
      <h2 id="settings-units">单位名录</h2>
      <p className="settings-hint">
        主送、抄送从这里选择。简称是正文中称呼对方的说法（你局、你镇）；类别写“{collectiveCategory}”的条目（如 各乡镇纪委、县直各单位）在选择时排在最前。
      </p>
      <EditableRows
        className="unit-table"
        rows={units}
        onChange={(next) => onChange({ ...draft, units: next })}
        addLabel="添加单位"
        newRow={() => ({ name: '', short: '', category: '' })}
        deleteLabel={(unit, index) => `删除第${index + 1}行“${unit.name}”`}
        empty="名录还是空的。可以逐个添加，也可以从 Excel 复制三列（全称、简称、类别）粘贴到下面导入。"
        columns={[
          { header: '全称', cell: (unit, index, set) => <input aria-label={`第${index + 1}行全称`} value={unit.name} onChange={(e) => set({ name: e.target.value })} /> },
          {
            header: '简称',
            cell: (unit, index, set) => <input aria-label={`第${index + 1}行简称`} className="short-input" value={unit.short} onChange={(e) => set({ short: e.target.value })} />,
          },
          {
            header: '类别',
            cell: (unit, index, set) => (
              <input aria-label={`第${index + 1}行类别`} className="short-input" value={unit.category} onChange={(e) => set({ category: e.target.value })} />
            ),
          },
        ]}
      />
      <details className="unit-import">
        <summary>粘贴导入</summary>
        <label>
          每行一个单位：全称、简称、类别（用 Tab 或逗号分隔，后两列可省略）
          <textarea rows={6} value={pasted} placeholder={'某某镇纪委\t你镇\t乡镇\n县财政局\t你局\t县直单位\n各乡镇纪委\t\t统称'} onChange={(e) => setPasted(e.target.value)} />
        </label>
        <button type="button" disabled={!pasted.trim()} onClick={importPasted}>
          导入到名录
        </button>
        {report &&
          (report.problems.length > 0 ? (
            <div role="alert" className="settings-problems">
              未导入，请修改后重试：
              <ul>
                {report.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p role="status">已导入，新增 {report.added} 个单位；保存设置后生效。</p>
          ))}
      </details>
    </section>
  );
}
