/** 一键排版: paste a draft or open a .txt/.docx file; the structure is recognised and the text kept word for word. */
import { useState } from 'react';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { callApi } from '../../api/call-api.ts';
import { base64Of } from '../../base64.ts';

export function ImportDraft({ onOpen }: { onOpen: (document: GongwenDocument, messages: string[]) => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (request: Parameters<typeof callApi<'importDraft'>>[1]) => {
    setBusy(true);
    setError(null);
    try {
      const result = await callApi('importDraft', request);
      onOpen(result.document, result.messages);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    await run({ name: file.name, content: { kind: 'bytes', base64: base64Of(new Uint8Array(await file.arrayBuffer())) } });
  };

  return (
    <section className="import-draft" aria-labelledby="import-title">
      <h2 id="import-title">一键排版</h2>
      <p className="home-hint">把现成的草稿粘贴到下面，或打开 .txt/.docx 文件：自动识别标题、主送、各级标题、“一是”、附件说明、署名和日期，文字一字不改。</p>
      <textarea aria-label="粘贴草稿" rows={6} value={text} placeholder="在此粘贴草稿全文……" onChange={(e) => setText(e.target.value)} />
      <div className="import-actions">
        <button type="button" className="primary" disabled={busy || !text.trim()} onClick={() => run({ name: '粘贴的文字', content: { kind: 'text', text } })}>
          识别并排版
        </button>
        <label className="file-button">
          打开草稿文件…
          <input type="file" accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" disabled={busy} onChange={(e) => void openFile(e.target.files?.[0])} />
        </label>
        {busy && <span>正在识别…</span>}
      </div>
      {error && (
        <p role="alert" className="export-error">
          {error}
        </p>
      )}
    </section>
  );
}
