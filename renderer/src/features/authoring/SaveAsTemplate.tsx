/**
 * 另存为模板…: the draft saved as one of the office's own templates (本单位模板), or back over the
 * own template it was opened from as its next version. The dialog names the template, its family
 * and each section's settings; after saving it shows what the template lint found.
 */
import { useState } from 'react';
import type { SavedTemplate, SectionSettingArg } from '../../../../core/api/contract-authoring.ts';
import type { TemplateSummary } from '../../../../core/api/contract.ts';
import type { Genre, GongwenDocument } from '../../../../core/model/document.ts';
import { templateFamilies } from '../../../../core/template/template-schema.ts';
import { callApi } from '../../api/call-api.ts';
import { todayIso } from '../../today.ts';
import { DialogForm } from '../versions/DialogForm.tsx';
import { Modal } from '../versions/Modal.tsx';
import { LintFindings } from './LintFindings.tsx';
import { SectionSettings } from './SectionSettings.tsx';
import './authoring.css';

type Family = (typeof templateFamilies)[number];

const familyOfGenre = (genre: Genre): Family =>
  genre === '整改通知书' ? '整改通知' : (templateFamilies as readonly string[]).includes(genre) ? (genre as Family) : '日常公文';

interface Props {
  document: GongwenDocument;
  /** The template the draft was made from; an own template can be updated in place. */
  templateId: string | null;
  fieldKeys: string[];
}

interface Form {
  source: TemplateSummary | null;
  update: boolean;
  name: string;
  description: string;
  family: Family;
  sections: SectionSettingArg[];
}

export function SaveAsTemplate({ document, templateId, fieldKeys }: Props) {
  const [form, setForm] = useState<Form | null>(null);
  const [saved, setSaved] = useState<SavedTemplate | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const open = async () => {
    setProblem(null);
    try {
      const [{ templates }, sections] = await Promise.all([callApi('listTemplates'), callApi('templateSections', { document, sourceTemplateId: templateId, today: todayIso() })]);
      const source = templates.find((t) => t.id === templateId) ?? null;
      const family = source && (templateFamilies as readonly string[]).includes(source.family) ? (source.family as Family) : familyOfGenre(document.genre);
      setForm({
        source,
        update: source?.own ?? false,
        name: source?.own ? source.name : document.title.replace(/\n/g, '').slice(0, 100) || source?.name || '',
        description: source?.own ? source.description : '',
        family,
        sections,
      });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const save = async () => {
    const current = form!;
    const result = await callApi('saveAsTemplate', {
      document,
      sourceTemplateId: templateId,
      ownTemplateId: current.update ? templateId : null,
      name: current.name,
      description: current.description,
      family: current.family,
      sections: current.sections,
      today: todayIso(),
    });
    setForm(null);
    setSaved(result);
  };

  const patch = (next: Partial<Form>) => setForm((f) => (f ? { ...f, ...next } : f));

  return (
    <>
      <button type="button" onClick={() => void open()} title="把这份草稿保存为本单位模板，或保存回正在编辑的本单位模板">
        另存为模板…
      </button>
      {problem && (
        <span role="alert" className="export-error">
          {problem}
        </span>
      )}
      {form && (
        <DialogForm title="另存为模板" submitLabel="保存模板" busyLabel="正在保存…" onClose={() => setForm(null)} run={save}>
          {form.source?.own && (
            <div className="save-template-mode" role="radiogroup" aria-label="保存方式">
              <label>
                <input type="radio" name="save-mode" checked={form.update} onChange={() => patch({ update: true })} />
                更新本单位模板“{form.source.name}”（保存为新版本）
              </label>
              <label>
                <input type="radio" name="save-mode" checked={!form.update} onChange={() => patch({ update: false })} />
                另存为新模板
              </label>
            </div>
          )}
          <label className="modal-field">
            模板名称
            <input value={form.name} onChange={(e) => patch({ name: e.target.value })} maxLength={100} required autoFocus />
          </label>
          <label className="modal-field">
            说明
            <input value={form.description} onChange={(e) => patch({ description: e.target.value })} maxLength={2000} placeholder="何时使用这个模板" />
          </label>
          <label className="modal-field">
            类别
            <select value={form.family} onChange={(e) => patch({ family: e.target.value as Family })}>
              {templateFamilies.map((family) => (
                <option key={family} value={family}>
                  {family}
                </option>
              ))}
            </select>
          </label>
          <p className="modal-hint">用“标为字段”标出的文字成为模板字段；由台账生成的段落和表格仍按台账逐行生成，手写的段落也可以选“按台账逐行印出”。</p>
          <SectionSettings sections={form.sections} fieldKeys={fieldKeys} onChange={(sections) => patch({ sections })} />
        </DialogForm>
      )}
      {saved && (
        <Modal title="已保存为本单位模板" onClose={() => setSaved(null)}>
          <p className="modal-hint" role="status">
            “{saved.template.name}”{saved.template.version} 已存入本单位模板（模板包版本 {saved.packVersion}），可在首页模板库中找到。
          </p>
          {saved.notes.length > 0 && (
            <ul className="save-template-notes" aria-label="保存说明">
              {saved.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          )}
          <LintFindings findings={saved.findings} />
          <div className="modal-actions">
            <button type="button" className="primary" onClick={() => setSaved(null)} autoFocus>
              知道了
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
