import { useSyncExternalStore } from 'react';
import type { ValueSource } from '../../value-store.ts';
import type { SaveState } from './use-autosave.ts';

const time = (iso: string) => (iso ? new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '');

export function SaveIndicator({ source }: { source: ValueSource<SaveState> }) {
  const state = useSyncExternalStore(source.subscribe, source.get);
  switch (state.kind) {
    case 'off':
      return <span className="save-state save-off">未保存到工作区</span>;
    case 'pending':
    case 'saving':
      return <span className="save-state">正在保存…</span>;
    case 'saved':
      return <span className="save-state save-ok">已自动保存{state.at ? ` ${time(state.at)}` : ''}</span>;
    case 'failed':
      return (
        <span role="alert" className="save-state save-failed">
          保存失败：{state.message}
          {state.retryInMs !== undefined && `内容仍在编辑器中，${Math.round(state.retryInMs / 1000)} 秒后自动重试。`}
        </span>
      );
  }
}
