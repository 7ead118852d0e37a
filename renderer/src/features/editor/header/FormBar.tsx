/** 文种 and 版式 above the page: the 版式 decides which GB/T 9704 elements the form shows. */
import { genres, type Form, type GongwenDocument } from '../../../../../core/model/document.ts';
import { switchForm } from '../../../../../core/model/switch-form.ts';
import { SelectField } from './SelectField.tsx';

export const formNames: Record<Form, string> = { file: '文件式', letter: '信函式', minutes: '纪要式', plain: '白头材料' };

interface Props {
  document: GongwenDocument;
  onChange: (document: GongwenDocument) => void;
}

export function FormBar({ document, onChange }: Props) {
  return (
    <div className="form-bar" role="group" aria-label="公文类型">
      <SelectField label="文种" value={document.genre} onChange={(genre) => onChange({ ...document, genre: genre as GongwenDocument['genre'] })}>
        {genres.map((genre) => (
          <option key={genre} value={genre}>
            {genre}
          </option>
        ))}
      </SelectField>
      <SelectField label="版式" value={document.form} onChange={(form) => onChange(switchForm(document, form as Form))}>
        {(Object.keys(formNames) as Form[]).map((form) => (
          <option key={form} value={form}>
            {formNames[form]}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
