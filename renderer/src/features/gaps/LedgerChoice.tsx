/**
 * The ledger and column part of a binding: which imported ledger, and (when asked for) which of its
 * columns. Shared by a field's 绑定台账 picker and a section's repeat in 另存为模板.
 */
import type { LedgerSummary } from '../../../../core/api/contract-gaps.ts';

export interface LedgerColumn {
  datasetId: string;
  column: string | null;
}

interface Props {
  ledgers: LedgerSummary[];
  value: LedgerColumn;
  onChange: (next: LedgerColumn) => void;
  /** The column select's label, e.g. 列 or 按此列分组; no column select when omitted. */
  columnLabel?: string;
  /** The column may be left unchosen (计数, 逐行重复): the first option says what that means. */
  noColumn?: string;
}

export function LedgerChoice({ ledgers, value, onChange, columnLabel, noColumn }: Props) {
  const ledger = ledgers.find((l) => l.datasetId === value.datasetId) ?? null;
  return (
    <>
      <label>
        台账
        <select
          value={value.datasetId}
          onChange={(e) => {
            const next = ledgers.find((l) => l.datasetId === e.target.value);
            onChange({ datasetId: e.target.value, column: noColumn === undefined ? (next?.columns[0]?.name ?? null) : null });
          }}
        >
          {ledgers.map((l) => (
            <option key={l.datasetId} value={l.datasetId}>
              {l.name}（{l.rowCount} 行）
            </option>
          ))}
        </select>
      </label>
      {columnLabel && ledger && (
        <label>
          {columnLabel}
          <select value={value.column ?? ''} onChange={(e) => onChange({ ...value, column: e.target.value || null })}>
            {noColumn !== undefined && <option value="">{noColumn}</option>}
            {ledger.columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
