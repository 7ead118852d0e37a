/**
 * 列对应 on the 批量生成 screen: when the ledger lacks columns the template needs under their own
 * names, the writer picks the header for each (the 数据 panel's mapping list); 保存对应 remembers the
 * mapping for this ledger's layout and the groups are previewed again with it.
 */
import { useEffect, useState } from 'react';
import type { MappingProposal } from '../../../../core/api/contract-data.ts';
import { callApi } from '../../api/call-api.ts';
import { chosenHeader, MappingList, type MappingChoices } from '../data/MappingList.tsx';

interface Props {
  templateId: string;
  ledgerId: string;
  /** The template's ledger dataset (问题清单 …). */
  dataset: string;
  missingColumns: readonly string[];
  /** The template's column naming the unit and the grouping header that feeds it: chosen already. */
  unit: { column: string; header: string } | null;
  onSaved: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function BatchColumnMapping({ templateId, ledgerId, dataset, missingColumns, unit, onSaved }: Props) {
  const [proposal, setProposal] = useState<MappingProposal | null>(null);
  const [chosen, setChosen] = useState<MappingChoices>(() => new Map(unit ? [[unit.column, unit.header]] : []));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setProposal(null);
    callApi('proposeMapping', { templateId, datasetId: ledgerId }).then(
      (next) => current && setProposal(next),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [templateId, ledgerId]);

  const columns = proposal?.datasets.find((d) => d.dataset === dataset)?.columns ?? [];

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await callApi('saveMapping', { templateId, datasetId: ledgerId, dataset, mapping: columns.map((match) => ({ column: match.column, header: chosenHeader(match, chosen) })) });
      onSaved();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="column-mapping batch-mapping" aria-labelledby="batch-mapping-title">
      <h3 id="batch-mapping-title">列对应：台账缺少{missingColumns.map((column) => `“${column}”`).join('')}列</h3>
      <p className="batch-hint">台账的表头与模板需要的列名不一致时，请为每一列选择台账中对应的表头。保存后按此对应重新预览分组，下次导入同样表头的台账时自动采用。</p>
      {!proposal && !error && <p>正在对应列…</p>}
      {proposal && (
        <MappingList
          columns={columns}
          headers={proposal.headers}
          chosen={chosen}
          onChoose={(column, header) => {
            setChosen(new Map(chosen).set(column, header));
            setError(null);
          }}
        />
      )}
      <div className="mapping-actions">
        <button type="button" className="primary" disabled={busy || !proposal} onClick={() => void save()}>
          保存对应并重新预览
        </button>
      </div>
      {error && (
        <p role="alert" className="export-error">
          {error}
        </p>
      )}
    </section>
  );
}
