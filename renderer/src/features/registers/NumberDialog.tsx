/**
 * 取号 and 定稿 for the open draft: shows the register's next number for a 机关代字 and year,
 * fills it in as a proposal, or finalises — the host takes the number, writes it into the
 * 版头 and saves the version 定稿 in one step, so a number is never taken twice.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { DocumentNumberPrefixSchema, DocumentYearSchema } from '../../../../core/workspace/document-number.ts';
import { guessSequence } from '../../../../core/workspace/number-sequence-guess.ts';
import type { ApiResult } from '../../../../core/api/contract.ts';
import { callApi } from '../../api/call-api.ts';
import { todayIso } from '../../today.ts';
import { usePreferences } from '../settings/preferences-context.ts';
import { useDraftSession } from '../versions/draft-session.ts';
import { Modal } from '../versions/Modal.tsx';
import { remember, remembered } from './remembered.ts';

interface Props {
  current: string | null;
  onPropose: (number: string) => void;
  onClose: () => void;
}

const firstIssue = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => (result.success ? null : (result.error?.issues[0]?.message ?? '填写有误'));

export function NumberDialog({ current, onPropose, onClose }: Props) {
  const session = useDraftSession();
  const guess = guessSequence(current);
  const configured = usePreferences().numberPrefixes.map((entry) => entry.prefix);
  const [prefix, setPrefix] = useState(guess.prefix ?? (remembered('prefix') || configured[0] || ''));
  const [year, setYear] = useState(String(guess.year ?? Number(todayIso().slice(0, 4))));
  const [by, setBy] = useState(remembered('registrar'));
  const [proposal, setProposal] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ApiResult<'finaliseDraft'> | null>(null);

  const prefixIssue = firstIssue(DocumentNumberPrefixSchema.safeParse(prefix));
  const yearIssue = firstIssue(DocumentYearSchema.safeParse(Number(year)));

  useEffect(() => {
    setProposal(null);
    setProblem(null);
    if (prefixIssue || yearIssue) return;
    let live = true;
    callApi('proposeNumber', { prefix: prefix.trim(), year: Number(year) }).then(
      (next) => live && setProposal(next.number),
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [prefix, year]);

  const finalise = async (event: FormEvent) => {
    event.preventDefault();
    if (!session.draftId || prefixIssue || yearIssue) return;
    if (!by.trim()) {
      setProblem('请填写经办人，文号登记簿会记下由谁登记。');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await session.flush();
      const result = await callApi('finaliseDraft', { draftId: session.draftId, prefix: prefix.trim(), year: Number(year), by: by.trim() });
      remember('prefix', prefix.trim());
      remember('registrar', by.trim());
      setDone(result);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    // The editor takes the numbered draft only now: reloading rebuilds the form, this dialog with it.
    const finish = () => {
      session.reload(done.draft);
      onClose();
    };
    return (
      <Modal title="取号与定稿" onClose={finish}>
        <p role="status">
          已定稿：文号“{done.number.number}”已登记并写入版头，同时保存了版本“{done.version.name}”。
        </p>
        <div className="modal-actions">
          <button type="button" className="primary" onClick={finish} autoFocus>
            完成
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title="取号与定稿" onClose={onClose}>
      <form className="modal-form" onSubmit={(e) => void finalise(e)}>
        <div className="number-sequence">
          <label className="modal-field">
            机关代字
            <input
              value={prefix}
              maxLength={20}
              placeholder="如：某纪发"
              onChange={(e) => setPrefix(e.target.value)}
              autoFocus
              aria-invalid={Boolean(prefix && prefixIssue)}
              list="configured-prefixes"
            />
            <datalist id="configured-prefixes">
              {configured.map((option) => (
                <option key={option} value={option} />
              ))}
            </datalist>
          </label>
          <label className="modal-field">
            年份
            <input value={year} inputMode="numeric" maxLength={4} onChange={(e) => setYear(e.target.value)} aria-invalid={Boolean(yearIssue)} />
          </label>
        </div>
        {prefix && prefixIssue && <p className="modal-problem">{prefixIssue}</p>}
        {yearIssue && <p className="modal-problem">{yearIssue}</p>}
        <p className="number-proposal" aria-live="polite">
          下一个文号：<strong data-testid="proposed-number">{proposal ?? '—'}</strong>
        </p>
        <p className="modal-hint">“填入”只把建议写进发文字号，不占用；定稿时才正式登记，若别人先用了这个号，会顺延到下一个。</p>
        <label className="modal-field">
          经办人
          <input value={by} maxLength={50} placeholder="登记人姓名" onChange={(e) => setBy(e.target.value)} />
        </label>
        {!session.draftId && <p className="modal-problem">这份草稿还没有存入工作区，输入内容后才能定稿。</p>}
        {problem && (
          <p role="alert" className="modal-problem">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={busy || !proposal || !session.draftId}>
            {busy ? '正在定稿…' : '定稿并登记文号'}
          </button>
          <button
            type="button"
            disabled={!proposal}
            onClick={() => {
              if (!proposal) return;
              remember('prefix', prefix.trim());
              onPropose(proposal);
              onClose();
            }}
          >
            填入发文字号
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </Modal>
  );
}
