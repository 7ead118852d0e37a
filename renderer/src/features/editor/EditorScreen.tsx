/** The drafting screen: export actions on top, the page-like form, and the 检查 panel beside it. */
import { useState } from 'react';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { CheckPanel } from '../check/CheckPanel.tsx';
import { useCheck } from '../check/use-check.ts';
import { ExportBar } from '../export/ExportBar.tsx';
import { jumpToSource } from './jump-to-source.ts';
import { NoticeEditor } from './NoticeEditor.tsx';

type Tab = 'check';

interface Props {
  document: GongwenDocument;
  onChange: (document: GongwenDocument) => void;
  canRevealFiles: boolean;
}

export function EditorScreen({ document, onChange, canRevealFiles }: Props) {
  const [tab, setTab] = useState<Tab>('check');
  const check = useCheck(document);
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  return (
    <div className="editor-screen">
      <ExportBar document={document} canRevealFiles={canRevealFiles} />
      <div className="editor-columns">
        <div className="editor-pane">
          <NoticeEditor document={document} onChange={onChange} />
        </div>
        <aside className="side-panel" aria-label="侧栏">
          <div role="tablist" className="side-tabs">
            <button type="button" role="tab" aria-selected={tab === 'check'} onClick={() => setTab('check')}>
              检查
              {check.findings.length > 0 && <span className={`tab-count ${errors > 0 ? 'has-errors' : ''}`}>{check.findings.length}</span>}
            </button>
          </div>
          <div role="tabpanel">{tab === 'check' && <CheckPanel state={check} onJump={(source) => jumpToSource(source)} />}</div>
        </aside>
      </div>
    </div>
  );
}
