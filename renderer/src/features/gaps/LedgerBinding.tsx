/**
 * 绑定台账… in a field's popover: any value of any imported ledger, not only the suggested ones. The
 * writer picks the ledger, what to take (计数, 取值, 求和 …) of which column and at most one
 * condition (column = value); the value and where it comes from are shown before 采用 takes it,
 * with its binding, as a suggestion is taken.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { LedgerSummary, PickedValueView } from '../../../../core/api/contract-gaps.ts';
import type { PickAggregate } from '../../../../core/gaps/ledger-pick.ts';
import type { Provenance } from '../../../../core/model/inline.ts';
import type { Binding } from '../../../../core/template/binding-schema.ts';
import { callApi } from '../../api/call-api.ts';
import { provenanceText } from '../data/provenance-text.ts';
import { LedgerChoice, type LedgerColumn } from './LedgerChoice.tsx';
import { useLedgers } from './use-ledgers.ts';

const aggregateWords: [PickAggregate, string][] = [
  ['count', '计数（符合条件的行数）'],
  ['value', '取值（恰好一行的单元格）'],
  ['sum', '求和'],
  ['avg', '平均'],
  ['max', '最大值'],
  ['min', '最小值'],
];

interface Props {
  /** The counting word after the field (件, 万元): a number is scaled to it. */
  unit: string | null;
  /** A number gap counts or sums; any other field usually takes one cell. */
  numeric: boolean;
  onAccept: (value: string, source: Provenance, binding: Binding) => void;
}

export function LedgerBinding(props: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="ledger-binding">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        绑定台账…
      </button>
      {open && (
        <section id={panelId} className="ledger-binding-panel" aria-label="绑定台账">
          <LedgerPicker {...props} />
        </section>
      )}
    </div>
  );
}

function LedgerPicker({ unit, numeric, onAccept }: Props) {
  const state = useLedgers();
  if (state.status === 'loading') return <p className="gap-suggestions-note">正在读取台账……</p>;
  if (state.status === 'failed') return <p className="gap-suggestions-note">{state.message}</p>;
  if (state.ledgers.length === 0) return <p className="gap-suggestions-note">还没有导入台账：在“数据”中导入后，可以在这里绑定任一台账的数值。</p>;
  return <PickForm ledgers={state.ledgers} unit={unit} numeric={numeric} onAccept={onAccept} />;
}

type Result = { status: 'idle' } | { status: 'ready'; picked: PickedValueView } | { status: 'refused'; message: string };

function PickForm({ ledgers, unit, numeric, onAccept }: Props & { ledgers: LedgerSummary[] }) {
  const first = ledgers[0]!;
  const [choice, setChoice] = useState<LedgerColumn>({ datasetId: first.datasetId, column: first.columns[0]?.name ?? null });
  const [aggregate, setAggregate] = useState<PickAggregate>(numeric ? 'count' : 'value');
  const [filterColumn, setFilterColumn] = useState('');
  const [filterValue, setFilterValue] = useState('');
  const [filterValues, setFilterValues] = useState<{ values: string[]; more: boolean }>({ values: [], more: false });
  const [result, setResult] = useState<Result>({ status: 'idle' });
  const ledger = ledgers.find((l) => l.datasetId === choice.datasetId) ?? first;

  useEffect(() => {
    if (!filterColumn) return setFilterValues({ values: [], more: false });
    let live = true;
    callApi('ledgerColumnValues', { datasetId: choice.datasetId, column: filterColumn }).then(
      (found) => live && setFilterValues(found),
      (error: Error) => live && setResult({ status: 'refused', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [choice.datasetId, filterColumn]);

  const column = aggregate === 'count' ? null : choice.column;
  useEffect(() => {
    if (filterColumn !== '' && filterValue === '') return setResult({ status: 'idle' });
    const filter = filterColumn ? { column: filterColumn, value: filterValue } : null;
    let live = true;
    callApi('pickLedgerValue', { datasetId: choice.datasetId, aggregate, column, filter, unit }).then(
      (picked) => live && setResult({ status: 'ready', picked }),
      (error: Error) => live && setResult({ status: 'refused', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [choice.datasetId, aggregate, column, filterColumn, filterValue, unit]);

  return (
    <div className="ledger-pick">
      <LedgerChoice
        ledgers={ledgers}
        value={choice}
        onChange={(next) => {
          setChoice(next);
          setFilterColumn('');
          setFilterValue('');
        }}
      />
      <label>
        取值方式
        <select value={aggregate} onChange={(e) => setAggregate(e.target.value as PickAggregate)}>
          {aggregateWords.map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
      </label>
      {aggregate !== 'count' && (
        <label>
          列
          <select value={choice.column ?? ''} onChange={(e) => setChoice({ ...choice, column: e.target.value })}>
            {ledger.columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        条件
        <select
          value={filterColumn}
          onChange={(e) => {
            setFilterColumn(e.target.value);
            setFilterValue('');
          }}
        >
          <option value="">全部行</option>
          {ledger.columns.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name} 等于…
            </option>
          ))}
        </select>
      </label>
      {filterColumn && (
        <label>
          {filterColumn} =
          <select value={filterValue} onChange={(e) => setFilterValue(e.target.value)}>
            <option value="">（请选择）</option>
            {filterValues.values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      )}
      {filterValues.more && <p className="gap-suggestions-note">此列取值较多，只列出前 {filterValues.values.length} 个。</p>}
      <PickResult result={result} unit={unit} onAccept={onAccept} />
    </div>
  );
}

function PickResult({ result, unit, onAccept }: { result: Result; unit: string | null; onAccept: Props['onAccept'] }) {
  const shown = useRef<HTMLDivElement>(null);
  // The popover scrolls when the picker makes it taller than the window: the value and 采用 stay in sight.
  // Only the popover moves; scrolling the page would move the chip it hangs from.
  useEffect(() => {
    const box = shown.current;
    const popover = box?.closest('.field-popover');
    if (!box || !popover) return;
    const below = box.getBoundingClientRect().bottom - popover.getBoundingClientRect().bottom;
    if (below > 0) popover.scrollTop += below + 8;
  }, [result]);
  if (result.status === 'idle') return <p className="gap-suggestions-note">请选择条件的取值。</p>;
  if (result.status === 'refused')
    return (
      <p className="ledger-pick-refused" role="alert">
        {result.message}
      </p>
    );
  const { picked } = result;
  return (
    <div ref={shown} className="ledger-pick-result" role="status" aria-label="绑定结果">
      <strong>
        {picked.printed}
        {unit}
      </strong>
      <span className="gap-suggestion-source">{provenanceText(picked.source)}</span>
      {picked.scaled && <span className="gap-suggestion-why">{picked.scaled}</span>}
      <button type="button" onClick={() => onAccept(picked.printed, picked.source, picked.binding)} aria-label={`采用 ${picked.printed}${unit ?? ''}`}>
        采用
      </button>
    </div>
  );
}
