/** 白头材料 (讲话稿/工作报告): the 副题, speaker and date printed under the title in 楷体. */
import type { GongwenDocument } from '../../../../../core/model/document.ts';
import { DateField } from '../DateField.tsx';

type Byline = NonNullable<GongwenDocument['byline']>;

interface Props {
  byline: Byline;
  onChange: (byline: Byline) => void;
}

export function BylineFields({ byline, onChange }: Props) {
  return (
    <div className="byline-fields">
      <label className="field field-byline" data-source-field="byline.subtitle">
        <span className="field-label">副题</span>
        <input value={byline.subtitle ?? ''} placeholder="——在全县警示教育大会上的讲话" onChange={(e) => onChange({ ...byline, subtitle: e.target.value || null })} />
      </label>
      <label className="field field-byline" data-source-field="byline.speaker">
        <span className="field-label">讲话人</span>
        <input value={byline.speaker ?? ''} placeholder="张某某" onChange={(e) => onChange({ ...byline, speaker: e.target.value || null })} />
      </label>
      <DateField label="讲话日期" source="byline.date" className="field-byline" value={byline.date} onChange={(date) => onChange({ ...byline, date })} />
    </div>
  );
}
