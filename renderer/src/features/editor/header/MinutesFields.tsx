/** 纪要式: 出席, 请假 and 列席 lists printed after the text (§10.3). */
import type { GongwenDocument } from '../../../../../core/model/document.ts';
import { joinNames, splitNames } from './names.ts';

type Minutes = NonNullable<GongwenDocument['minutes']>;

const lists: { key: keyof Minutes; label: string; placeholder: string }[] = [
  { key: 'present', label: '出席', placeholder: '张某某、李某某、王某某' },
  { key: 'absent', label: '请假', placeholder: '赵某某（出差）' },
  { key: 'attending', label: '列席', placeholder: '县纪委监委各室负责人' },
];

export function MinutesFields({ minutes, onChange }: { minutes: Minutes; onChange: (minutes: Minutes) => void }) {
  return (
    <div className="minutes-fields">
      {lists.map(({ key, label, placeholder }) => (
        <label key={key} className="field field-minutes" data-source-field={`minutes.${key}`}>
          <span className="field-label">{label}</span>
          <input value={joinNames(minutes[key])} placeholder={placeholder} onChange={(e) => onChange({ ...minutes, [key]: splitNames(e.target.value) })} />
        </label>
      ))}
    </div>
  );
}
