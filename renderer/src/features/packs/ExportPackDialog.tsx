/**
 * 导出模板包: the chosen templates (built-in or installed) with, optionally, the office's
 * phrases, unit directory and letterhead settings, signed with this computer's key if wanted.
 * The file lands in the export folder like any other export and installs elsewhere as it is.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiResult, TemplateSummary } from '../../../../core/api/contract.ts';
import { callApi } from '../../api/call-api.ts';
import { todayIso } from '../../today.ts';
import { usePreferences } from '../settings/preferences-context.ts';
import { Modal } from '../versions/Modal.tsx';
import { checkExportForm, fieldLabels, type ExportField, type ExportForm } from './export-form.ts';

interface Props {
  /** Set when a new version of an installed pack is being made. */
  initial?: Partial<ExportForm>;
  canRevealFiles: boolean;
  onClose: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ExportPackDialog({ initial, canRevealFiles, onClose }: Props) {
  const preferences = usePreferences();
  const [form, setForm] = useState<ExportForm>(() => ({
    id: '',
    name: '',
    version: '1.0.0',
    publisher: preferences.organ.fullName,
    description: '',
    templateIds: [],
    includePhrases: false,
    includeUnits: false,
    includeLetterhead: false,
    sign: true,
    ...initial,
  }));
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [keyId, setKeyId] = useState<string | null>(null);
  const [problems, setProblems] = useState<Partial<Record<ExportField, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ApiResult<'exportPack'> | null>(null);

  useEffect(() => {
    callApi('listTemplates').then((list) => setTemplates(list.templates), (error: unknown) => setProblem(messageOf(error)));
    callApi('getSigningKey', { create: false }).then((key) => setKeyId(key?.keyId ?? null), (error: unknown) => setProblem(messageOf(error)));
  }, []);

  // A field's problem goes as soon as the field is edited; the others stay until the next 导出.
  const forget = (key: keyof ExportForm) =>
    setProblems((current) => {
      const next = { ...current };
      delete next[key as ExportField];
      return next;
    });
  const set = <K extends keyof ExportForm>(key: K, value: ExportForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    forget(key);
  };
  const toggleTemplate = (id: string, on: boolean) => {
    setForm((current) => ({ ...current, templateIds: on ? [...current.templateIds, id] : current.templateIds.filter((chosen) => chosen !== id) }));
    forget('templateIds');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const check = checkExportForm(form, todayIso());
    if (!check.ok) {
      setProblems(check.problems);
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      setResult(await callApi('exportPack', check.request));
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const reveal = (exportId: string) => callApi('revealExport', { exportId }).catch((error: unknown) => setProblem(messageOf(error)));

  if (result)
    return (
      <Modal title="导出模板包" onClose={onClose}>
        <div role="status" className="pack-export-done" data-testid="pack-export-result">
          已导出 <strong>{result.fileName}</strong>
          <span className="export-path">{result.path}</span>
          <p className="modal-hint">把这个文件交给其他电脑，在“模板包 → 安装模板包…”中安装。</p>
        </div>
        {result.warnings.length > 0 && (
          <div className="pack-warnings" role="note" aria-label="模板检查提示">
            模板检查发现以下问题（不影响导出，建议修改模板后再导出新版本）：
            <ul>
              {result.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </div>
        )}
        {problem && (
          <p role="alert" className="modal-problem">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          {canRevealFiles && (
            <button type="button" onClick={() => void reveal(result.exportId)}>
              在文件夹中显示
            </button>
          )}
          <button type="button" className="primary" onClick={onClose}>
            完成
          </button>
        </div>
      </Modal>
    );

  const families = [...new Set(templates.map((template) => template.family))];
  // The note sits outside the label, so a field keeps its name while a problem is shown under it.
  const field = (key: 'id' | 'name' | 'version' | 'publisher', hint?: string) => (
    <div className="modal-field">
      <label htmlFor={`pack-export-${key}`}>{fieldLabels[key]}</label>
      <input
        id={`pack-export-${key}`}
        value={form[key]}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={problems[key] ? true : undefined}
        aria-describedby={problems[key] || hint ? `pack-export-${key}-note` : undefined}
      />
      {(problems[key] ?? hint) && (
        <span id={`pack-export-${key}-note`} className={problems[key] ? 'modal-problem' : 'modal-hint'}>
          {problems[key] ?? hint}
        </span>
      )}
    </div>
  );

  return (
    <Modal title="导出模板包" onClose={onClose} className="pack-export-dialog">
      <form className="modal-form" noValidate onSubmit={(e) => void submit(e)}>
        <fieldset className="pack-export-templates" aria-invalid={problems.templateIds ? true : undefined}>
          <legend>模板（已选 {form.templateIds.length} 个）</legend>
          {families.map((family) => (
            <div key={family} role="group" aria-label={family}>
              <span className="pack-muted">{family}</span>
              {templates
                .filter((template) => template.family === family)
                .map((template) => (
                  <label key={template.id}>
                    <input type="checkbox" checked={form.templateIds.includes(template.id)} onChange={(e) => toggleTemplate(template.id, e.target.checked)} />
                    {template.name}
                  </label>
                ))}
            </div>
          ))}
        </fieldset>
        {problems.templateIds && <p className="modal-problem">{problems.templateIds}</p>}
        <div className="pack-export-grid">
          {field('id', '小写字母、数字、连字符和圆点，如 xx-county.jw；同一编号的新版本安装时会升级旧版本')}
          {field('name')}
          {field('version', '形如 1.0.0；再次导出时请调高')}
          {field('publisher')}
        </div>
        <label className="modal-field">
          说明（可不填）
          <textarea rows={2} value={form.description} onChange={(e) => set('description', e.target.value)} />
        </label>
        <fieldset className="pack-export-options">
          <legend>同时带上</legend>
          <label>
            <input type="checkbox" checked={form.includePhrases} onChange={(e) => set('includePhrases', e.target.checked)} />
            我的常用语
          </label>
          <label>
            <input type="checkbox" checked={form.includeUnits} onChange={(e) => set('includeUnits', e.target.checked)} />
            单位名录
          </label>
          <label>
            <input type="checkbox" checked={form.includeLetterhead} onChange={(e) => set('includeLetterhead', e.target.checked)} />
            版头设置（发文机关、发文代字、签发人）
          </label>
        </fieldset>
        <label className="pack-export-sign">
          <input type="checkbox" checked={form.sign} onChange={(e) => set('sign', e.target.checked)} />
          用本机签名密钥签名
          <span className="modal-hint">{keyId ? `（密钥 ${keyId}）` : '（本机还没有签名密钥，导出时自动生成）'}</span>
        </label>
        {Object.keys(problems).length > 0 && (
          <p role="alert" className="modal-problem">
            导出前请修改：{(Object.keys(fieldLabels) as ExportField[]).filter((key) => problems[key]).map((key) => fieldLabels[key]).join('、')}
          </p>
        )}
        {problem && (
          <p role="alert" className="modal-problem">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? '正在导出…' : '导出'}
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </Modal>
  );
}
