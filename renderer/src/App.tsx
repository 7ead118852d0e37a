import { useEffect, useState } from 'react';
import type { AppInfo } from '../../core/api/contract.ts';
import { defaultPreferences, type Preferences } from '../../core/api/preferences.ts';
import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { callApi } from './api/call-api.ts';
import { EditorScreen } from './features/editor/EditorScreen.tsx';
import { Home } from './features/home/Home.tsx';
import { todayIso } from './today.ts';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [draft, setDraft] = useState<GongwenDocument | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [preferences, setPreferences] = useState<Preferences>(defaultPreferences);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    callApi('getAppInfo').then(setInfo, () => setInfo(null));
    callApi('getPreferences').then(setPreferences, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, []);

  const choosePreferences = (next: Preferences) => {
    setPreferences(next);
    callApi('setPreferences', next).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };

  return (
    <div className="app">
      <header className="app-bar">
        <button type="button" className="app-name" onClick={() => { setDraft(null); setNotices([]); }} aria-label="返回首页">
          公文工作台
        </button>
        {info && <span className="app-mode">{info.mode === 'web' ? '浏览器模式' : '桌面版'} · v{info.version}</span>}
      </header>
      <main className="app-main">
        {problem && (
          <p role="alert" className="app-problem">
            {problem}
          </p>
        )}
        {draft ? (
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
              onChange={setDraft}
              canRevealFiles={info?.canRevealFiles ?? false}
              canPrintToPdf={info?.canPrintToPdf ?? false}
              templateId={templateId}
              fontProfile={preferences.fontProfile}
              onFontProfile={(fontProfile) => choosePreferences({ ...preferences, fontProfile })}
            />
          </>
        ) : (
          <Home
            onCreate={(genre) => {
              setDraft(createBlankDocument(genre, todayIso()));
              setTemplateId(null);
            }}
            onOpen={(document, messages, fromTemplate) => {
              setDraft(document);
              setNotices(messages);
              setTemplateId(fromTemplate ?? null);
            }}
          />
        )}
      </main>
    </div>
  );
}
