/** 存为常用语: the selected words with a title and a category; Esc or 取消 closes without saving. */
import { useState, type FormEvent } from 'react';
import type { Phrase } from '../../../../core/api/contract-phrases.ts';
import { callApi } from '../../api/call-api.ts';

interface Props {
  text: string;
  onSaved: (phrase: Phrase) => void;
  onCancel: () => void;
}

const titleFrom = (text: string) => (text.length > 12 ? `${text.slice(0, 12)}…` : text);

export function SavePhraseForm({ text: selected, onSaved, onCancel }: Props) {
  const [title, setTitle] = useState(() => titleFrom(selected));
  const [category, setCategory] = useState('');
  const [text, setText] = useState(selected);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await callApi('savePhrase', { title, category, text }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="save-phrase" aria-label="存为常用语" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label>
        标题
        <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus maxLength={60} />
      </label>
      <label>
        分类
        <input value={category} onChange={(e) => setCategory(e.target.value)} placeholder="我的常用语" maxLength={30} />
      </label>
      <label>
        文字
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} />
      </label>
      {error && (
        <p role="alert" className="phrases-error">
          {error}
        </p>
      )}
      <div className="save-phrase-actions">
        <button type="submit" className="primary" disabled={busy}>
          保存
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
