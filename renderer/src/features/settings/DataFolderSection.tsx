/** Where the workspace (drafts, registers, settings) is kept; only the desktop app can move it, after a restart. */
import { useEffect, useState } from 'react';
import type { DataFolder } from '../../../../core/api/contract-settings.ts';
import { callApi } from '../../api/call-api.ts';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function DataFolderSection() {
  const [folder, setFolder] = useState<DataFolder | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    callApi('getDataFolder').then(setFolder, (error: unknown) => setProblem(messageOf(error)));
  }, []);
  const choose = (useDefault: boolean) => {
    setProblem(null);
    callApi('chooseDataFolder', { useDefault }).then(setFolder, (error: unknown) => setProblem(messageOf(error)));
  };
  return (
    <section className="settings-section" aria-labelledby="settings-folder">
      <h2 id="settings-folder">数据文件夹</h2>
      {folder && (
        <>
          <p>
            草稿、版本、文号登记和设置保存在：<code data-testid="data-folder">{folder.current}</code>
          </p>
          {folder.next && (
            <p role="status" className="settings-pending">
              下次启动后改用：<code>{folder.next}</code>（原文件夹中的数据不会自动搬移）
            </p>
          )}
          {folder.canChoose ? (
            <div className="settings-actions">
              <button type="button" onClick={() => choose(false)}>
                选择其他文件夹…
              </button>
              <button type="button" onClick={() => choose(true)}>
                恢复默认位置
              </button>
            </div>
          ) : (
            <p className="settings-hint">浏览器模式的数据文件夹由启动命令 gongwen web --workspace 指定，这里只显示位置。</p>
          )}
        </>
      )}
      {problem && (
        <p role="alert" className="settings-problems">
          {problem}
        </p>
      )}
    </section>
  );
}
