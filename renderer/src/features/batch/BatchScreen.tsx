/**
 * 批量生成: one 建议书 or 整改通知书 per unit from one ledger. The writer picks the template, reads the
 * ledger in (the 数据 panel's own import), picks the column naming the unit and the directory, types
 * what every notice shares, and sees the groups and every problem before anything runs. The run goes
 * on in the host with a progress bar and 取消; the summary is the variance report on screen.
 */
import { useEffect, useMemo, useState } from 'react';
import type { BatchPreview, BatchRequest, BatchRunRecord, BatchTarget, BatchTemplate } from '../../../../core/api/contract-batch.ts';
import type { Unit } from '../../../../core/settings/unit-directory.ts';
import { callApi } from '../../api/call-api.ts';
import { todayIso } from '../../today.ts';
import { LedgerImport, type ReadLedger } from '../data/LedgerImport.tsx';
import { remember, remembered } from '../registers/remembered.ts';
import { Modal } from '../versions/Modal.tsx';
import { BatchColumnMapping } from './BatchColumnMapping.tsx';
import { BatchPreviewView } from './BatchPreviewView.tsx';
import { BatchProgress } from './BatchProgress.tsx';
import { BatchRecentRuns } from './BatchRecentRuns.tsx';
import { BatchSummary } from './BatchSummary.tsx';
import { useBatchRun } from './use-batch-run.ts';
import './batch.css';

interface Props {
  /** The directory in 设置: a changed one is previewed again. */
  units: readonly Unit[];
  canRevealFiles: boolean;
  onOpenSettings: () => void;
  onOpenRegisters: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const previewDelayMs = 300;

export function BatchScreen({ units, canRevealFiles, onOpenSettings, onOpenRegisters }: Props) {
  const today = todayIso();
  const [templates, setTemplates] = useState<BatchTemplate[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [ledger, setLedger] = useState<ReadLedger | null>(null);
  const [groupBy, setGroupBy] = useState<string | null>(null);
  const [directoryFile, setDirectoryFile] = useState<ReadLedger | null>(null);
  const [useDirectoryFile, setUseDirectoryFile] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const [target, setTarget] = useState<BatchTarget | null>(null);
  const [folderName, setFolderName] = useState('');
  const [by, setBy] = useState(() => remembered('registrar'));
  const [prefix, setPrefix] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [pdf, setPdf] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [preview, setPreview] = useState<BatchPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [recent, setRecent] = useState<BatchRunRecord[]>([]);
  const run = useBatchRun();
  const running = run.starting || run.job?.state === 'running';
  const finished = run.job?.state === 'done' ? run.job.jobId : null;

  const template = templates.find((t) => t.id === templateId) ?? null;

  useEffect(() => {
    callApi('listBatchTemplates').then(
      (list) => {
        setTemplates(list);
        if (list[0]) setTemplateId((current) => current || list[0]!.id);
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
    callApi('getBatchTarget').then(
      (found) => {
        setTarget(found);
        setPdf(found.pdfUnavailable === null);
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, []);

  // Read when the screen opens and again when a run finishes, which adds itself to the list.
  useEffect(() => {
    callApi('listBatchRuns').then(setRecent, (error: unknown) => setProblem(messageOf(error)));
  }, [finished]);

  useEffect(() => {
    if (!template) return;
    setValues(Object.fromEntries(template.fields.map((field) => [field.key, field.default ?? ''])));
    setPrefix(template.numberSequence ?? '');
    setFolderName(`${template.name}（${today}）`);
  }, [template, today]);

  const request = useMemo<BatchRequest | null>(
    () =>
      template && ledger
        ? { templateId: template.id, ledgerId: ledger.datasetId, groupBy, directoryId: useDirectoryFile && directoryFile ? directoryFile.datasetId : null, values, today }
        : null,
    [template, ledger, groupBy, useDirectoryFile, directoryFile, values, today],
  );

  const refresh = async (next: BatchRequest) => {
    setPreviewing(true);
    try {
      setPreview(await callApi('previewBatchRun', next));
      setProblem(null);
    } catch (error) {
      setPreview(null);
      setProblem(messageOf(error));
    } finally {
      setPreviewing(false);
    }
  };

  // Every change is previewed again a moment later, so what the run button allows is always what was shown.
  useEffect(() => {
    setPreview(null);
    if (!request) return;
    const timer = window.setTimeout(() => void refresh(request), previewDelayMs);
    return () => window.clearTimeout(timer);
  }, [request, units]);

  const blocker = !template
    ? '请选择模板'
    : !ledger
      ? '请先导入问题台账'
      : previewing || !preview
        ? '正在预览分组…'
        : preview.problems.length > 0
          ? `还有 ${preview.problems.length} 个问题未处理（见上面的分组预览）`
          : preview.groups.length === 0
            ? '没有可生成的通知'
            : !folderName.trim()
              ? '请填写输出文件夹名'
              : !by.trim()
                ? '请填写经办人'
                : null;

  const start = () => {
    if (!request || blocker) return;
    setConfirming(false);
    remember('registrar', by.trim());
    void run.start({ ...request, folderName: folderName.trim(), overwrite, pdf, by: by.trim(), prefix: prefix.trim() || null });
  };

  const chooseFolder = async () => {
    try {
      setTarget(await callApi('chooseBatchFolder'));
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  return (
    <div className="batch-screen">
      <h1 className="batch-title">批量生成</h1>
      <p className="batch-hint">从一份问题台账按单位生成建议书或整改通知书：每个单位一份通知（各取一个文号）和一份送达回证，另有合并打印文件和差异报告，并记入发文登记簿。</p>
      {problem && (
        <p role="alert" className="app-problem">
          {problem}
        </p>
      )}
      <fieldset className="batch-step" disabled={running}>
        <legend>1. 模板与台账</legend>
        <label className="batch-field">
          模板
          <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}（{t.genre}）
              </option>
            ))}
          </select>
        </label>
        <section aria-label="问题台账" className="batch-ledger">
          <LedgerImport
            onReading={() => setLedger(null)}
            onRead={(read) => {
              setLedger(read);
              setGroupBy(null);
            }}
          />
        </section>
        {ledger && (
          <label className="batch-field">
            按此列分组（标明单位的列）
            <select value={groupBy ?? preview?.groupBy ?? ''} onChange={(e) => setGroupBy(e.target.value)}>
              {(groupBy ?? preview?.groupBy) === undefined && <option value="">（自动）</option>}
              {ledger.columns.map((column) => (
                <option key={column.name} value={column.name}>
                  {column.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>

      {template?.usesDirectory && (
        <fieldset className="batch-step" disabled={running}>
          <legend>2. 单位名录（主送机关和称谓据此查出）</legend>
          <label className="batch-choice">
            <input type="radio" name="batch-directory" checked={!useDirectoryFile} onChange={() => setUseDirectoryFile(false)} />
            设置中的单位名录（{units.length} 个单位）
          </label>
          <button type="button" className="batch-link" onClick={onOpenSettings}>
            在设置中编辑单位名录
          </button>
          <label className="batch-choice">
            <input type="radio" name="batch-directory" checked={useDirectoryFile} onChange={() => setUseDirectoryFile(true)} />
            导入单位名录文件（单位全称、称谓、党组织全称等列）
          </label>
          {useDirectoryFile && (
            <section aria-label="单位名录文件" className="batch-ledger">
              <LedgerImport onReading={() => setDirectoryFile(null)} onRead={setDirectoryFile} />
            </section>
          )}
        </fieldset>
      )}

      {template && template.fields.length > 0 && (
        <fieldset className="batch-step batch-values" disabled={running}>
          <legend>3. 每份通知相同的内容</legend>
          {template.fields.map((field) => (
            <label key={field.key} className="batch-field" title={field.help ?? undefined}>
              <span>
                {field.label}
                {field.required && field.type !== 'date' && <span className="batch-required">（必填）</span>}
              </span>
              <input
                value={values[field.key] ?? ''}
                placeholder={field.type === 'date' ? `留空按生成当天（${today}）` : (field.help ?? '')}
                onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
              />
            </label>
          ))}
        </fieldset>
      )}

      <fieldset className="batch-step" disabled={running}>
        <legend>4. 输出</legend>
        <div className="batch-target">
          <span>输出位置</span>
          <span className="batch-path" data-testid="batch-base-folder">
            {target?.baseFolder ?? '…'}
          </span>
          {target?.canChoose && (
            <button type="button" onClick={() => void chooseFolder()}>
              选择文件夹…
            </button>
          )}
        </div>
        <label className="batch-field">
          文件夹名（在输出位置下新建）
          <input value={folderName} onChange={(e) => setFolderName(e.target.value)} />
        </label>
        <label className="batch-field">
          机关代字（文号）
          <input value={prefix} onChange={(e) => setPrefix(e.target.value)} />
        </label>
        <label className="batch-field">
          经办人
          <input value={by} onChange={(e) => setBy(e.target.value)} />
        </label>
        <label className="batch-choice">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
          覆盖文件夹中的同名文件（开始前还会再确认）
        </label>
        <label className="batch-choice">
          <input type="checkbox" checked={pdf} disabled={target?.pdfUnavailable !== null} onChange={(e) => setPdf(e.target.checked)} />
          同时生成合并PDF
        </label>
        {target?.pdfUnavailable && <p className="batch-muted">{target.pdfUnavailable}</p>}
      </fieldset>

      <section className="batch-step" aria-label="预览与生成">
        <div className="batch-actions">
          <button type="button" disabled={!request || previewing || running} onClick={() => request && void refresh(request)}>
            预览分组
          </button>
          <button type="button" className="primary" disabled={blocker !== null || running} onClick={() => (overwrite ? setConfirming(true) : start())}>
            开始生成
          </button>
          {blocker && !running && (
            <span className="batch-muted" data-testid="batch-blocker">
              {blocker}
            </span>
          )}
        </div>
        {run.error && (
          <p role="alert" className="export-error">
            {run.error}
          </p>
        )}
        {run.job?.state === 'running' && <BatchProgress job={run.job} onCancel={run.cancel} />}
        {(run.job?.state === 'cancelled' || run.job?.state === 'failed') && (
          <p role="alert" className="export-error">
            {run.job.message}
          </p>
        )}
        {run.job?.state === 'done' && run.job.outcome && <BatchSummary outcome={run.job.outcome} canRevealFiles={canRevealFiles} onOpenRegisters={onOpenRegisters} />}
        {preview && template && ledger && preview.missingColumns.length > 0 && !running && (
          <BatchColumnMapping
            // A new ledger or grouping column starts the choices afresh.
            key={`${ledger.datasetId}:${preview.groupBy}`}
            templateId={template.id}
            ledgerId={ledger.datasetId}
            dataset={template.ledgerDataset}
            missingColumns={preview.missingColumns}
            unit={preview.unitColumn === null ? null : { column: preview.unitColumn, header: preview.groupBy }}
            onSaved={() => request && void refresh(request)}
          />
        )}
        {preview && <BatchPreviewView preview={preview} />}
      </section>

      <BatchRecentRuns runs={recent} canRevealFiles={canRevealFiles} onOpenRegisters={onOpenRegisters} />

      {confirming && (
        <Modal title="确认覆盖" onClose={() => setConfirming(false)}>
          <p>文件夹“{folderName.trim()}”中与本次生成同名的文件将被替换，原文件不能恢复。确定覆盖吗？</p>
          <div className="modal-actions">
            <button type="button" className="primary" onClick={start}>
              覆盖并生成
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              取消
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
