/** The drafting screen: export actions on top, the page-like form, and beside it the live pages and the 检查 panel. */
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import type { DocumentGap } from '../../../../core/gaps/document-gaps.ts';
import type { FontProfileId } from '../../../../core/layout/font-profiles.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { documentFields } from '../../../../core/model/fields.ts';
import { CheckPanel } from '../check/CheckPanel.tsx';
import { DataPanel } from '../data/DataPanel.tsx';
import { SaveIndicator } from '../drafts/SaveIndicator.tsx';
import type { SaveState } from '../drafts/use-autosave.ts';
import type { ValueSource } from '../../value-store.ts';
import { useCheck } from '../check/use-check.ts';
import { useFixes } from '../check/use-fixes.ts';
import { ExportBar } from '../export/ExportBar.tsx';
import { PagedPreview } from '../preview/PagedPreview.tsx';
import { ZoomSelect } from '../preview/ZoomSelect.tsx';
import { usePrintPreview } from '../print/use-print-preview.tsx';
import { FindBar } from '../find/FindBar.tsx';
import { HistoryButtons } from '../history/HistoryButtons.tsx';
import { useDocumentHistory } from '../history/use-document-history.ts';
import { Outline } from '../outline/Outline.tsx';
import type { DraftSession, StoredDraft } from '../versions/draft-session.ts';
import { EditorProviders } from '../versions/EditorProviders.tsx';
import { useSaveVersionShortcut } from '../versions/use-save-version-shortcut.tsx';
import { VersionsPanel } from '../versions/VersionsPanel.tsx';
import { usePageLayout } from '../preview/use-page-layout.ts';
import { useFirstIdle } from '../../use-first-idle.ts';
import { useStableCallback } from '../../use-stable-callback.ts';
import { PhrasesPanel } from '../phrases/PhrasesPanel.tsx';
import type { EditorCommands } from './editor-commands.ts';
import { jumpToCellField, jumpToSource } from './jump-to-source.ts';
import { useGapKeys } from './use-gap-keys.ts';
import { NoticeEditor } from './NoticeEditor.tsx';
import { SaveAsTemplate } from '../authoring/SaveAsTemplate.tsx';
import { ImportReviewButton } from '../review/ImportReviewButton.tsx';
import { ReviewPanel } from '../review/ReviewPanel.tsx';
import { useReview } from '../review/use-review.ts';

export type Tab = 'preview' | 'check' | 'sources' | 'phrases' | 'versions' | 'review';

interface Props {
  document: GongwenDocument;
  onChange: (document: GongwenDocument) => void;
  saveState: ValueSource<SaveState>;
  canRevealFiles: boolean;
  canPrintToPdf: boolean;
  /** The host prints the pages (desktop); otherwise the browser's own print does. */
  canPrint: boolean;
  /** The draft's id in the workspace; null until a blank draft is first stored. */
  draftId: string | null;
  /** The template the draft came from, if any: its ledgers can be re-imported to refresh values. */
  templateId: string | null;
  /** The side tab shown first: 数据 (`sources`) when the draft was started to be filled from a ledger. */
  initialTab?: Tab;
  /** The font profile in the preferences; choosing another saves it as the new default. */
  fontProfile: FontProfileId;
  onFontProfile: (profile: FontProfileId) => void;
  /** The draft in the workspace; its `reload` takes back a draft the host changed (restored version, 定稿). */
  session: DraftSession;
}

const noPages: readonly LaidPage[] = [];

export function EditorScreen({
  document,
  onChange,
  saveState,
  canRevealFiles,
  canPrintToPdf,
  canPrint,
  draftId,
  templateId,
  initialTab = 'preview',
  fontProfile,
  onFontProfile,
  session,
}: Props) {
  // Bumped when the draft changes from outside the editor (accepted ledger values), so the editor re-reads it.
  const [revision, setRevision] = useState(0);
  const reread = (next: GongwenDocument) => {
    onChange(next);
    setRevision((r) => r + 1);
  };
  const history = useDocumentHistory(document, reread);
  const replace = (next: GongwenDocument) => {
    history.operation(next);
    reread(next);
  };
  const edit = useStableCallback((next: GongwenDocument) => {
    history.edit(next);
    onChange(next);
  });
  const [tab, setTab] = useState<Tab>(initialTab);
  const [zoom, setZoom] = useState<number>(0.45);
  const idle = useFirstIdle();
  const check = useCheck(document, idle);
  const fixes = useFixes(document, replace, history.undo);
  const preview = usePageLayout(document, fontProfile, idle);
  const { pages, fonts } = preview.layout;
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  const fields = useMemo(() => documentFields(document), [document]);
  const fieldKeys = useMemo(() => [...new Set(fields.filter(({ field }) => field.source === null).map(({ field }) => field.key))], [fields]);
  const pick = (source: string) => jumpToSource(source);
  const jumpToGap = (gap: DocumentGap) => {
    if (gap.fieldIndex !== null && commands.current?.selectUnfilledField(gap.fieldIndex)) return;
    if (jumpToCellField(gap.source, gap.label)) return;
    pick(gap.source);
  };
  const commands = useRef<EditorCommands | null>(null);
  useGapKeys(commands);
  const flushSession = useStableCallback(() => session.flush());
  const reloadSession = useStableCallback((draft: StoredDraft) => {
    session.reload(draft);
    replace(draft.document);
  });
  // One object while the draft's id stays: a new one each render would re-render every reader of the context on each keystroke.
  const typingPending = useStableCallback(() => session.typingPending());
  const typingRead = useStableCallback((changed: boolean) => session.typingRead(changed));
  const draftSession: DraftSession = useMemo(
    () => ({ draftId: session.draftId, flush: flushSession, reload: reloadSession, typingPending, typingRead }),
    [session.draftId, flushSession, reloadSession, typingPending, typingRead],
  );
  // The form and the body editor depend on the draft alone; a new layout, checker answer or save state leaves them be.
  const noticeEditor = useMemo(() => <NoticeEditor key={revision} document={document} onChange={edit} />, [revision, document, edit]);
  // The hidden printed copy follows after the visible pages are drawn, and on opening once the screen is first idle.
  const printPages = useDeferredValue(idle ? pages : noPages, noPages);
  const versionShortcut = useSaveVersionShortcut(() => setTab('versions'));
  const review = useReview(draftSession);
  const reviewOpen = review.review ? review.review.items.filter((i) => (i.kind === 'comment' ? !i.resolved : i.decision === 'pending')).length : 0;
  const printPreview = usePrintPreview({ pages, fonts, canPrint });

  return (
    <EditorProviders commands={commands} session={draftSession}>
      <div className="editor-screen">
        <div className="editor-top">
          <ExportBar document={document} draftId={draftId} canRevealFiles={canRevealFiles} canPrintToPdf={canPrintToPdf} fontProfile={fontProfile} onFontProfile={onFontProfile} onJumpToGap={jumpToGap} />
          <ImportReviewButton control={review} disabled={!draftId} onImported={() => setTab('review')} />
          {printPreview.button}
          <SaveAsTemplate document={document} templateId={templateId} fieldKeys={fieldKeys} />
          <HistoryButtons history={history} />
          <SaveIndicator source={saveState} />
        </div>
        <FindBar document={document} onReplace={replace} />
        <div className="editor-columns">
          <Outline blocks={document.body} onMove={(body) => replace({ ...document, body })} onJump={(index) => pick(`body.${index}`)} />
          <div className="editor-pane">{noticeEditor}</div>
          <aside className="side-panel" aria-label="侧栏">
            <div role="tablist" className="side-tabs">
              <button type="button" role="tab" aria-selected={tab === 'preview'} onClick={() => setTab('preview')}>
                预览<span className="tab-note">{pages.length} 页</span>
              </button>
              <button type="button" role="tab" aria-selected={tab === 'check'} onClick={() => setTab('check')}>
                检查
                {check.findings.length > 0 && <span className={`tab-count ${errors > 0 ? 'has-errors' : ''}`}>{check.findings.length}</span>}
              </button>
              <button type="button" role="tab" aria-selected={tab === 'sources'} onClick={() => setTab('sources')}>
                数据{fields.length > 0 && <span className="tab-note">{fields.length}</span>}
              </button>
              <button type="button" role="tab" aria-selected={tab === 'phrases'} onClick={() => setTab('phrases')}>
                常用语
              </button>
              <button type="button" role="tab" aria-selected={tab === 'versions'} onClick={() => setTab('versions')}>
                版本
              </button>
              <button type="button" role="tab" aria-selected={tab === 'review'} onClick={() => setTab('review')}>
                审阅{reviewOpen > 0 && <span className="tab-count">{reviewOpen}</span>}
              </button>
            </div>
            <div role="tabpanel" className="side-body">
              {tab === 'preview' && (
                <>
                  <ZoomSelect zoom={zoom} onZoom={setZoom} />
                  {preview.problem && (
                    <p role="alert" className="app-problem">
                      {preview.problem}
                    </p>
                  )}
                  <PagedPreview pages={pages} fonts={fonts} zoom={zoom} onPick={pick} />
                </>
              )}
              {tab === 'check' && <CheckPanel state={check} document={document} onJump={pick} onFix={fixes.apply} notice={fixes.notice} />}
              {/* Kept mounted: an imported ledger and its mapping survive a look at the preview. */}
              <div hidden={tab !== 'sources'}>
                <DataPanel templateId={templateId} document={document} fields={fields} onJump={pick} onReplace={replace} />
              </div>
              {tab === 'phrases' && <PhrasesPanel templateId={templateId} />}
              {tab === 'versions' && <VersionsPanel stamp={versionShortcut.stamp} />}
              {tab === 'review' && <ReviewPanel control={review} />}
            </div>
          </aside>
        </div>
        {/* Hidden on screen; what printing and PDF export put on paper. */}
        <div className="print-pages">
          <PagedPreview pages={printPages} fonts={fonts} zoom={1} />
        </div>
        {versionShortcut.dialog}
        {printPreview.dialog}
      </div>
    </EditorProviders>
  );
}
