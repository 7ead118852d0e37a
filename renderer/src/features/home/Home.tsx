/** Home: search over drafts, recent drafts and .gwdoc files, a blank notice, the template gallery (each template opens complete with its sample data), and 一键排版. */
import { useEffect, useState } from 'react';
import type { ApiResult, TemplateSummary } from '../../../../core/api/contract.ts';
import type { Genre, GongwenDocument } from '../../../../core/model/document.ts';
import { callApi } from '../../api/call-api.ts';
import { todayIso } from '../../today.ts';
import { RecentDrafts } from '../drafts/RecentDrafts.tsx';
import { moveBetweenCards } from './card-arrows.ts';
import { DraftSearch } from './DraftSearch.tsx';
import { ImportDraft } from './ImportDraft.tsx';
import { OpenGwdoc } from './OpenGwdoc.tsx';
import { TemplateThumbnail } from './TemplateThumbnail.tsx';
import { Modal } from '../versions/Modal.tsx';
import './home.css';

interface Props {
  onCreate: (genre: Genre) => void;
  /** `templateId` when the draft was made from a template, so its values can later be refreshed from a new ledger. */
  onOpen: (document: GongwenDocument, messages: string[], templateId?: string) => void;
  /** `notes`: what the writer should know about a draft just brought in from a .gwdoc. */
  /** 用台账新建: the template's draft, opened on the 数据 tab to import a ledger into it. */
  onOpenWithLedger: (document: GongwenDocument, messages: string[], templateId: string) => void;
  onOpenDraft: (draft: ApiResult<'getDraft'>, notes?: string[]) => void;
  /** 模板包: install templates shared by another office, or share these. */
  onOpenPacks: () => void;
}

export function Home({ onCreate, onOpen, onOpenWithLedger, onOpenDraft, onOpenPacks }: Props) {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);

  useEffect(() => {
    void load();
  }, []);

  const load = () =>
    callApi('listTemplates').then(
      (list) => {
        setTemplates(list.templates);
        if (list.problems.length > 0) setProblem(list.problems.join('\n'));
      },
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );

  const open = async (id: string, withLedger = false, editing: TemplateSummary | null = null) => {
    try {
      const { document, issues } = await callApi('newFromTemplate', { id, today: todayIso() });
      if (withLedger) onOpenWithLedger(document, issues, id);
      else if (editing) onOpen(document, [`正在编辑本单位模板“${editing.name}”：改好后点上方的“另存为模板…”，选择“更新本单位模板”保存为新版本。`, ...issues], id);
      else onOpen(document, issues, id);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const remove = async (template: TemplateSummary) => {
    setDeleting(null);
    try {
      await callApi('deleteOwnTemplate', { id: template.id });
      await load();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const families = [...new Set(templates.map((t) => t.family))];

  return (
    <section className="home" aria-labelledby="home-title">
      <DraftSearch onOpen={onOpenDraft} />
      <RecentDrafts onOpen={onOpenDraft} />
      <OpenGwdoc onOpen={onOpenDraft} />
      <h1 id="home-title">新建公文</h1>
      <p className="home-hint">
        选择模板开始起草：每个模板都带示例数据，打开即是一份完整的公文。导出的 Word 文件按 GB/T 9704-2012 排版。
        <button type="button" className="home-packs-link" onClick={onOpenPacks}>
          安装或导出模板包…
        </button>
      </p>
      {problem && (
        <p role="alert" className="app-problem">
          {problem}
        </p>
      )}
      <div className="home-gallery" role="group" aria-label="模板库（方向键在卡片间移动）" onKeyDown={moveBetweenCards}>
        <div className="home-cards">
          <button type="button" className="home-card" aria-label="新建空白通知" onClick={() => onCreate('通知')}>
            <span className="home-card-family">空白</span>
            <span className="home-card-title">通知</span>
            <span className="home-card-text">空白通知：发文机关、文号、标题、主送机关、正文、署名和成文日期</span>
          </button>
        </div>
        {families.map((family) => (
          <div key={family} className="home-family">
            <h2>{family}</h2>
            <div className="home-cards">
              {templates
                .filter((t) => t.family === family)
                .map((t) => (
                  <div key={t.id} className="template-card-slot">
                    <button type="button" className="home-card template-card" onClick={() => void open(t.id)} title={t.description}>
                      <TemplateThumbnail templateId={t.id} />
                      <span className="home-card-title">{t.name}</span>
                      <span className="home-card-family">{t.family}</span>
                      <span className="home-card-text template-card-text">{t.description}</span>
                    </button>
                    <div className="template-card-actions">
                      {t.own && (
                        <>
                          <span className="template-card-own">本单位模板 {t.version}</span>
                          <button type="button" className="template-card-ledger" aria-label={`编辑${t.name}`} onClick={() => void open(t.id, false, t)}>
                            编辑
                          </button>
                          <button type="button" className="template-card-ledger" aria-label={`删除${t.name}`} onClick={() => setDeleting(t)}>
                            删除
                          </button>
                        </>
                      )}
                      <button type="button" className="template-card-ledger" aria-label={`用台账新建${t.name}`} onClick={() => void open(t.id, true)}>
                        用台账新建
                      </button>
                    </div>
                  </div>
                ))}
            </div>
          </div>
        ))}
      </div>
      <ImportDraft onOpen={onOpen} />
      {deleting && (
        <Modal title="删除本单位模板" onClose={() => setDeleting(null)}>
          <p className="modal-hint">删除“{deleting.name}”？用它起草的公文不受影响；删除前的版本保留在本单位模板包中，可在模板包管理中回退。</p>
          <div className="modal-actions">
            <button type="button" className="primary" onClick={() => void remove(deleting)}>
              删除
            </button>
            <button type="button" onClick={() => setDeleting(null)} autoFocus>
              取消
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
