import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ApiResult, AppInfo } from '../../core/api/contract.ts';
import { defaultPreferences, type Preferences } from '../../core/api/preferences.ts';
import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { callApi } from './api/call-api.ts';
import { useAutosave, type OpenDraft } from './features/drafts/use-autosave.ts';
import { UnsavedOffer } from './features/drafts/UnsavedOffer.tsx';
import { useUnsavedJournal } from './features/drafts/use-unsaved-journal.ts';
import { takePendingTyping } from './features/editor/body/pending-typing.ts';
import { EditorScreen, type Tab } from './features/editor/EditorScreen.tsx';
import { HelpDialog } from './features/help/HelpDialog.tsx';
import { useHelpKey } from './features/help/use-help-key.ts';
import { BatchScreen } from './features/batch/BatchScreen.tsx';
import { Home } from './features/home/Home.tsx';
import { PacksScreen } from './features/packs/PacksScreen.tsx';
import { RegistersScreen } from './features/registers/RegistersScreen.tsx';
import { publishPreferences } from './features/settings/preferences-context.ts';
import { SettingsScreen } from './features/settings/SettingsScreen.tsx';
import { withHouseDefaults } from '../../core/settings/house-defaults.ts';
import { todayIso } from './today.ts';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Nothing open: the autosave hook still needs a document to hold. */
const nothingOpen = createBlankDocument('通知');

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [draft, setDraft] = useState<GongwenDocument | null>(null);
  const [stored, setStored] = useState<OpenDraft | null>(null);
  const [blankUnstored, setBlankUnstored] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [recovered, setRecovered] = useState<string[]>([]);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [preferences, setPreferences] = useState<Preferences>(defaultPreferences);
  const [problem, setProblem] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** Where 设置 opens when another screen sends the writer there. */
  const [settingsAt, setSettingsAt] = useState<'signing' | null>(null);
  const [firstTab, setFirstTab] = useState<Tab>('preview');
  const journal = useUnsavedJournal(draft, stored, templateId);
  const autosave = useAutosave(stored, draft ?? nothingOpen, journal.acknowledged);
  const saveNow = useRef(autosave.flush);
  saveNow.current = autosave.flush;
  // The desktop window asks before it closes, the app quits or Windows ends the session: typing still held by the body is
  // taken into the draft first, then the journal is written (instant) and the draft saved; a failed save leaves the journal newest.
  useEffect(
    () =>
      window.shell?.onFlushRequest(async () => {
        flushSync(takePendingTyping);
        journal.writeNow();
        const saved = await saveNow.current();
        if (!saved) journal.writeNow();
        return saved;
      }),
    [],
  );
  const [helpOpen, setHelpOpen] = useState(false);
  useHelpKey(useCallback(() => setHelpOpen(true), []));
  const [registersOpen, setRegistersOpen] = useState(false);
  const [batchOpen, setBatchOpen] = useState(false);
  const [packsOpen, setPacksOpen] = useState(false);

  useEffect(() => {
    callApi('getAppInfo').then(setInfo, () => setInfo(null));
    callApi('takeRecoveryNotices').then((notices) => setRecovered((shown) => [...notices, ...shown]), () => {});
  }, []);

  // Installing a pack merges its units (and, if accepted, its 版头) into the saved settings: read them again whenever 模板包 or 设置 opens or closes.
  useEffect(() => {
    callApi('getPreferences').then(setPreferences, (error: unknown) => setProblem(messageOf(error)));
  }, [packsOpen, settingsOpen]);

  useEffect(() => publishPreferences(preferences), [preferences]);

  const choosePreferences = (next: Preferences) => {
    setPreferences(next);
    callApi('setPreferences', next).catch((error: unknown) => setProblem(messageOf(error)));
  };

  const store = (document: GongwenDocument, fromTemplate: string | null) => {
    callApi('createDraft', { document, templateId: fromTemplate }).then(
      (meta) => setStored({ id: meta.id, revision: meta.revision, document }),
      (error: unknown) => setProblem(`草稿未能存入工作区，修改不会自动保存：${messageOf(error)}`),
    );
  };

  /** A draft from a template or an import is stored in the workspace at once; a blank one on its first change. */
  const start = (document: GongwenDocument, messages: string[], fromTemplate: string | null, blank = false) => {
    setDraft(document);
    setNotices(messages);
    setTemplateId(fromTemplate);
    setStored(null);
    setBlankUnstored(blank);
    if (!blank) store(document, fromTemplate);
  };

  const openDraft = (opened: ApiResult<'getDraft'>, notes: string[] = []) => {
    setDraft(opened.document);
    setNotices(opened.notice ? [opened.notice, ...notes] : notes);
    setTemplateId(opened.templateId);
    setStored({ id: opened.id, revision: opened.revision, document: opened.document });
    setBlankUnstored(false);
  };

  const change = (document: GongwenDocument) => {
    setDraft(document);
    if (blankUnstored) {
      setBlankUnstored(false);
      store(document, templateId);
    }
  };

  const goHome = async (): Promise<boolean> => {
    setRegistersOpen(false);
    setBatchOpen(false);
    setPacksOpen(false);
    // Unsaved words are never dropped: the editor stays open with the failure shown until a save goes through.
    if (!(await autosave.flush())) return false;
    setDraft(null);
    setStored(null);
    setNotices([]);
    setFirstTab('preview');
    return true;
  };

  return (
    <div className="app">
      <header className="app-bar">
        <button type="button" className="app-name" onClick={() => void goHome()} aria-label="返回首页">
          公文工作台
        </button>
        <button type="button" className="app-bar-link" aria-pressed={registersOpen} onClick={() => void goHome().then((left) => setRegistersOpen(left))}>
          登记簿
        </button>
        <button type="button" className="app-bar-link" aria-pressed={batchOpen} onClick={() => void goHome().then((left) => setBatchOpen(left))}>
          批量生成
        </button>
        <button type="button" className="app-bar-link" aria-pressed={packsOpen} onClick={() => void goHome().then((left) => setPacksOpen(left))}>
          模板包
        </button>
        {info && (
          <span className="app-mode">
            {info.mode === 'web' ? '浏览器模式' : '桌面版'} · v{info.version}
          </span>
        )}
        <button type="button" className="app-help" onClick={() => setHelpOpen(true)} title="帮助（F1）" aria-keyshortcuts="F1">
          帮助
        </button>
        <button
          type="button"
          className="app-settings"
          aria-pressed={settingsOpen}
          onClick={() => {
            setSettingsAt(null);
            setSettingsOpen((open) => !open);
          }}
        >
          <span aria-hidden="true">⚙</span> 设置
        </button>
      </header>
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
      <UnsavedOffer
        onRestored={({ draft: restored, notes }) => void goHome().then((left) => left && openDraft(restored, notes))}
        onNotices={(lines) => setRecovered((shown) => [...shown, ...lines])}
      />
      <main className="app-main">
        {problem && (
          <p role="alert" className="app-problem">
            {problem}
          </p>
        )}
        {recovered.length > 0 && (
          <section className="import-notices" role="status" aria-label="恢复提示">
            <ul>
              {recovered.map((notice, i) => (
                <li key={i}>{notice}</li>
              ))}
            </ul>
            <button type="button" onClick={() => setRecovered([])}>
              知道了
            </button>
          </section>
        )}
        {settingsOpen ? (
          <SettingsScreen preferences={preferences} onSaved={setPreferences} onClose={() => setSettingsOpen(false)} openAt={settingsAt} />
        ) : registersOpen ? (
          <RegistersScreen canRevealFiles={info?.canRevealFiles ?? false} />
        ) : packsOpen ? (
          <PacksScreen
            canRevealFiles={info?.canRevealFiles ?? false}
            onShowTemplates={() => void goHome()}
            onOpenSettings={() => {
              setSettingsAt('signing');
              setSettingsOpen(true);
            }}
            onSettingsChanged={() => void callApi('getPreferences').then(setPreferences, (error: unknown) => setProblem(messageOf(error)))}
          />
        ) : batchOpen ? null : draft ? (
          <>
            {notices.length > 0 && (
              <section className="import-notices" aria-label="导入提示">
                <ul>
                  {notices.map((notice, i) => (
                    <li key={i}>{notice}</li>
                  ))}
                </ul>
                <button type="button" onClick={() => setNotices([])}>
                  知道了
                </button>
              </section>
            )}
            <EditorScreen
              document={draft}
              onChange={change}
              saveState={autosave.state}
              canRevealFiles={info?.canRevealFiles ?? false}
              canPrintToPdf={info?.canPrintToPdf ?? false}
              canPrint={info?.canPrint ?? false}
              draftId={stored?.id ?? null}
              templateId={templateId}
              initialTab={firstTab}
              fontProfile={preferences.fontProfile}
              onFontProfile={(fontProfile) => choosePreferences({ ...preferences, fontProfile })}
              session={{
                draftId: stored?.id ?? null,
                flush: autosave.flush,
                typingPending: autosave.typingPending,
                typingRead: autosave.typingRead,
                reload: (opened) => {
                  setStored({ id: opened.id, revision: opened.revision, document: opened.document });
                  setDraft(opened.document);
                },
              }}
            />
          </>
        ) : (
          <Home
            onOpenPacks={() => setPacksOpen(true)}
            onCreate={(genre) => start(withHouseDefaults(createBlankDocument(genre, todayIso()), preferences), [], null, true)}
            onOpen={(document, messages, fromTemplate) => start(document, messages, fromTemplate ?? null)}
            onOpenWithLedger={(document, messages, fromTemplate) => {
              setFirstTab('sources');
              start(document, messages, fromTemplate);
            }}
            onOpenDraft={openDraft}
          />
        )}
        {/* Kept mounted under 设置, so editing the unit directory there keeps the ledger and values read here. */}
        {batchOpen && (
          <div hidden={settingsOpen}>
            <BatchScreen
              units={preferences.units}
              canRevealFiles={info?.canRevealFiles ?? false}
              onOpenSettings={() => setSettingsOpen(true)}
              onOpenRegisters={() => {
                setBatchOpen(false);
                setRegistersOpen(true);
              }}
            />
          </div>
        )}
      </main>
    </div>
  );
}
