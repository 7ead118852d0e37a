/**
 * 常用语: the pack's boilerplate for this kind of document and the writer's own, searchable;
 * 插入 puts one at the body's caret, 存为常用语 keeps the body's selection for next time.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Phrase } from '../../../../core/api/contract-phrases.ts';
import { searchPhrases } from '../../../../core/template/phrase-list.ts';
import { callApi } from '../../api/call-api.ts';
import { useEditorCommands } from '../editor/editor-commands.ts';
import { SavePhraseForm } from './SavePhraseForm.tsx';
import './phrases.css';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function PhrasesPanel({ templateId }: { templateId: string | null }) {
  const commands = useEditorCommands();
  const [phrases, setPhrases] = useState<Phrase[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState<string | null>(null);

  const load = useCallback(() => {
    callApi('listPhrases', { templateId }).then(
      (result) => {
        setPhrases(result.phrases);
        setProblems(result.problems);
      },
      (failure: unknown) => setError(`读取常用语失败：${messageOf(failure)}`),
    );
  }, [templateId]);
  useEffect(load, [load]);

  const shown = useMemo(() => searchPhrases(phrases ?? [], query), [phrases, query]);

  const insert = (phrase: Phrase) => {
    setError(null);
    if (commands.current?.insertText(phrase.text)) setStatus(`已插入“${phrase.title}”。`);
    else setError('请先在正文中点一下，确定插入的位置，再点“插入”。');
  };

  const startSaving = () => {
    setStatus('');
    const selected = commands.current?.selectedText().trim() ?? '';
    if (!selected) {
      setError('请先在正文中选中要保存的文字，再点“存为常用语”。');
      return;
    }
    setError(null);
    setSaving(selected);
  };

  const remove = async (phrase: Phrase) => {
    try {
      await callApi('deletePhrase', { id: phrase.id });
      setStatus(`已删除“${phrase.title}”。`);
      load();
    } catch (failure) {
      setError(`删除失败：${messageOf(failure)}`);
    }
  };

  return (
    <section className="phrases" aria-label="常用语" data-own-undo>
      <div className="phrases-tools">
        <input type="search" aria-label="搜索常用语" placeholder="搜索标题、分类或文字" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="button" onClick={startSaving} title="把正文中选中的文字存为自己的常用语">
          存为常用语
        </button>
      </div>
      {saving !== null && (
        <SavePhraseForm
          text={saving}
          onSaved={(phrase) => {
            setSaving(null);
            setStatus(`已保存“${phrase.title}”。`);
            load();
          }}
          onCancel={() => setSaving(null)}
        />
      )}
      {error && (
        <p role="alert" className="phrases-error">
          {error}
        </p>
      )}
      <p role="status" className="phrases-status">
        {status}
      </p>
      {problems.length > 0 && <p className="phrases-problems">模板包中有 {problems.length} 个文件未能读取，其中的常用语没有列出。</p>}
      {phrases === null && !error && <p className="phrases-status">正在读取常用语…</p>}
      {phrases !== null && shown.length === 0 && <p className="phrases-status">{query ? `没有包含“${query}”的常用语。` : '还没有常用语。'}</p>}
      <ul className="phrase-list" aria-label="常用语列表">
        {shown.map((phrase, i) => (
          <li key={phrase.id} className={phrase.origin === 'user' ? 'phrase-own' : ''}>
            {(i === 0 || shown[i - 1]!.category !== phrase.category) && (
              <h3 className="phrase-category">{phrase.origin === 'user' ? `我的 · ${phrase.category}` : phrase.category}</h3>
            )}
            <div className="phrase-item">
              <span className="phrase-title">{phrase.title}</span>
              <span className="phrase-text">{phrase.text}</span>
              <span className="phrase-actions">
                <button type="button" onClick={() => insert(phrase)} aria-label={`插入“${phrase.title}”`}>
                  插入
                </button>
                {phrase.origin === 'user' && (
                  <button type="button" onClick={() => void remove(phrase)} aria-label={`删除“${phrase.title}”`}>
                    删除
                  </button>
                )}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
