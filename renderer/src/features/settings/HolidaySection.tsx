/** 节假日 and 调休上班日 per year, for deadlines counted in working days. */
import { EditableRows } from './EditableRows.tsx';
import type { SettingsDraft } from './settings-draft.ts';

interface Props {
  draft: SettingsDraft;
  onChange: (draft: SettingsDraft) => void;
}

export function HolidaySection({ draft, onChange }: Props) {
  const rows = draft.holidays;
  const nextYear = () => {
    const years = rows.map((row) => Number(row.year)).filter(Number.isInteger);
    return String(years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear());
  };
  return (
    <section className="settings-section" aria-labelledby="settings-holidays">
      <h2 id="settings-holidays">节假日</h2>
      <p className="settings-hint">按国务院办公厅每年公布的安排填写，用于按工作日计算回复、整改期限。日期写成 10月1日、2025-10-01，连续的写成 10月1日至10月8日，多个用顿号分隔。</p>
      <EditableRows
        className="holiday-table"
        rows={rows}
        onChange={(holidays) => onChange({ ...draft, holidays })}
        addLabel="添加年份"
        newRow={() => ({ year: nextYear(), holidays: '', workdays: '' })}
        columns={[
          {
            header: '年份',
            cell: (row, index, set) => <input className="year-input" aria-label={`第${index + 1}行年份`} value={row.year} onChange={(e) => set({ year: e.target.value })} />,
          },
          {
            header: '节假日（放假）',
            cell: (row, index, set) => (
              <textarea
                rows={2}
                aria-label={`第${index + 1}行节假日`}
                value={row.holidays}
                placeholder="1月1日、10月1日至10月8日"
                onChange={(e) => set({ holidays: e.target.value })}
              />
            ),
          },
          {
            header: '调休上班日',
            cell: (row, index, set) => (
              <textarea
                rows={2}
                aria-label={`第${index + 1}行调休上班日`}
                value={row.workdays}
                placeholder="9月28日、10月11日"
                onChange={(e) => set({ workdays: e.target.value })}
              />
            ),
          },
        ]}
      />
    </section>
  );
}
