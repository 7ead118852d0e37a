/** A settings list edited in place: one row per entry, a 删除 button on each, an add button below. */
import type { ReactNode } from 'react';

export interface EditableColumn<T> {
  header: string;
  cell: (row: T, index: number, set: (patch: Partial<T>) => void) => ReactNode;
}

interface Props<T> {
  className: string;
  columns: readonly EditableColumn<T>[];
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  addLabel: string;
  newRow: () => T;
  /** Screen-reader name of a row's 删除 button when the visible word alone is ambiguous. */
  deleteLabel?: (row: T, index: number) => string;
  empty?: ReactNode;
}

export function EditableRows<T>({ className, columns, rows, onChange, addLabel, newRow, deleteLabel, empty }: Props<T>) {
  const set = (index: number) => (patch: Partial<T>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <>
      <table className={`settings-table ${className}`}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(row, index, set(index))}</td>
              ))}
              <td>
                <button type="button" aria-label={deleteLabel?.(row, index)} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
          {rows.length === 0 && empty && (
            <tr>
              <td colSpan={columns.length + 1} className="settings-empty">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, newRow()])}>
        {addLabel}
      </button>
    </>
  );
}
