/**
 * The column-mapping step: each column the template reads, with the ledger header chosen for it
 * (preselected by the automatic match or the mapping confirmed last time, tagged with how it was
 * found). The writer confirms or edits, then 应用 puts the ledger's values into the fields that came
 * from a ledger and lists what changed (text the writer typed stays), or 只更新变化的数值 lists what
 * the ledger would change, to accept one by one.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../../../../core/api/contract.ts';
import type { MappingProposal } from '../../../../core/api/contract-data.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { acceptChanges } from '../../../../core/template/refresh-accept.ts';
import { callApi } from '../../api/call-api.ts';
import { todayIso } from '../../today.ts';
import { chosenHeader, MappingList, type MappingChoices } from './MappingList.tsx';
import { RefreshChanges } from './RefreshChanges.tsx';

type Changes = ApiResult<'compareLedger'>['changes'];

interface Props {
  templateId: string;
  datasetId: string;
  fileName: string;
  document: GongwenDocument;
  onReplace: (document: GongwenDocument) => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ColumnMapping({ templateId, datasetId, fileName, document, onReplace }: Props) {
  const [proposal, setProposal] = useState<MappingProposal | null>(null);
  const [dataset, setDataset] = useState<string>('');
  const [chosen, setChosen] = useState<MappingChoices>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [changes, setChanges] = useState<Changes | null>(null);
  const [applied, setApplied] = useState<Changes | null>(null);
  // The writer may type while the host compares; the values go into the draft as it is by then.
  const latest = useRef(document);
  latest.current = document;

  useEffect(() => {
    let current = true;
    setProposal(null);
    setChanges(null);
    setApplied(null);
    setDone(null);
    setError(null);
    callApi('proposeMapping', { templateId, datasetId }).then(
      (next) => {
        if (!current) return;
        setProposal(next);
        setDataset(next.target ?? next.datasets[0]?.dataset ?? '');
        setChosen(new Map());
      },
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [templateId, datasetId]);

  if (!proposal)
    return error ? (
      <p role="alert" className="export-error">
        {error}
      </p>
    ) : (
      <p>正在对应列…</p>
    );
  if (proposal.datasets.length === 0) return <p className="sources-empty">模板“{proposal.templateName}”不使用台账。</p>;

  const columns = proposal.datasets.find((d) => d.dataset === dataset)?.columns ?? [];
  const mapping = columns.map((match) => ({ column: match.column, header: chosenHeader(match, chosen) }));

  const run = async (action: 'apply' | 'compare') => {
    setBusy(true);
    setError(null);
    setDone(null);
    setChanges(null);
    setApplied(null);
    const request = { templateId, datasetId, dataset, mapping, today: todayIso() };
    try {
      const found = (await callApi('compareLedger', { ...request, document })).changes;
      if (action === 'apply') {
        if (found.length > 0) onReplace(acceptChanges(latest.current, found, 'all'));
        setApplied(found);
        setDone(`已用台账“${fileName}”更新公文中来自台账的数值，并记住这份列对应关系；手工输入的文字没有改动。`);
      } else {
        setChanges(found);
      }
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="column-mapping" aria-labelledby="mapping-title">
      <h3 id="mapping-title">列对应：模板“{proposal.templateName}”</h3>
      {proposal.datasets.length > 1 && (
        <label className="mapping-dataset">
          台账用作
          <select
            value={dataset}
            onChange={(e) => {
              setDataset(e.target.value);
              setChosen(new Map());
            }}
          >
            {proposal.datasets.map((d) => (
              <option key={d.dataset} value={d.dataset}>
                数据集“{d.dataset}”{d.dataset === proposal.target ? '（推荐）' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <MappingList
        columns={columns}
        headers={proposal.headers}
        chosen={chosen}
        onChoose={(column, header) => {
          setChosen(new Map(chosen).set(column, header));
          setError(null);
        }}
      />
      <p className="home-hint mapping-hint">
        “应用”把台账的数值填入公文中来自台账的字段，逐条的段落和表格行随台账增删，手工输入的文字不变；“只更新变化的数值”先列出变化，逐项确认。
      </p>
      <div className="mapping-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void run('apply')}>
          应用
        </button>
        <button type="button" disabled={busy} onClick={() => void run('compare')}>
          只更新变化的数值
        </button>
      </div>
      {error && (
        <p role="alert" className="export-error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="mapping-done">
          {done}
        </p>
      )}
      {applied && <RefreshChanges changes={applied} />}
      {changes && <RefreshChanges changes={changes} accept={{ document, onAccept: onReplace, onRemaining: setChanges }} />}
    </section>
  );
}
