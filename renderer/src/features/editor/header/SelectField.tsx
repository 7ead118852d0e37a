/** A labelled <select>; the label sits beside it rather than around it, so the options do not become part of its name. */
import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  className?: string;
  source?: string;
}

export function SelectField({ label, value, onChange, children, className, source }: Props) {
  const id = useId();
  return (
    <span className={className} data-source-field={source}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </span>
  );
}
