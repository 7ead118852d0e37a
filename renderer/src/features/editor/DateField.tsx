/** A date typed the way secretaries write it; shown back in the printed form (2024年3月5日, or 二〇二四年三月五日 in that style). */
import { useEffect, useState } from 'react';
import { formatDate } from '../../../../core/format/chinese-date.ts';
import { parseDateText } from '../../../../core/format/parse-date-text.ts';
import { readTypedDate } from '../../../../core/import/date-text.ts';

interface Props {
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  /** The model element, for jumping here from a checker finding. */
  source: string;
  className?: string;
  dateStyle?: 'arabic' | 'chinese';
}

export function DateField({ label, value, onChange, source, className, dateStyle = 'arabic' }: Props) {
  const printed = value ? formatDate(value, dateStyle) : '';
  const [text, setText] = useState(printed);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(printed), [printed]);

  const commit = () => {
    if (text.trim() === '') {
      setInvalid(false);
      onChange(null);
      return;
    }
    const iso = parseDateText(text) ?? readTypedDate(text.trim())?.iso ?? null;
    setInvalid(iso === null);
    if (iso) {
      onChange(iso);
      setText(formatDate(iso, dateStyle));
    }
  };

  return (
    <label className={`field ${className ?? ''}`} data-source-field={source}>
      <span className="field-label">{label}</span>
      <input
        value={text}
        placeholder={dateStyle === 'chinese' ? '二〇二四年三月五日' : '2024年3月5日'}
        aria-invalid={invalid}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {invalid && (
        <span role="alert" className="field-error">
          无法识别“{text}”，请写成 2024年3月5日 这样的真实日期
        </span>
      )}
    </label>
  );
}
