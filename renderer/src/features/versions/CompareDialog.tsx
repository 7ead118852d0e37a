/**
 * 比较: two versions side by side, block by block as the structural diff aligned them — the
 * earlier text on the left, the later on the right, with 新增/删除/修改 marked in words as
 * well as colour, and the 版头/署名/版记 fields that changed listed above.
 */
import { useEffect, useState } from 'react';
import type { BlockChangeResult, DocumentDiffResult } from '../../../../core/api/contract-versions.ts';
import { callApi } from '../../api/call-api.ts';
import { useDraftSession } from './draft-session.ts';
import { Modal } from './Modal.tsx';

interface Props {
  draftId: string;
  before: string;
  after: string;
  beforeName: string;
  afterName: string;
  onClose: () => void;
}

const marks: Record<BlockChangeResult['kind'], string> = { unchanged: '', changed: '修改', removed: '删除', added: '新增' };

function ChangeRows({ changes, onlyChanges }: { changes: BlockChangeResult[]; onlyChanges: boolean }) {
  return (
    <>
      {changes
        .filter((change) => !onlyChanges || change.kind !== 'unchanged')
        .map((change, i) => (
          <div key={i} role="row" className={`diff-row diff-${change.kind}`}>
            <div role="cell" className="diff-cell diff-before">
              {change.before?.text}
            </div>
            <div role="cell" className="diff-mark">
              {marks[change.kind]}
            </div>
            <div role="cell" className="diff-cell diff-after">
              {change.after?.text}
            </div>
          </div>
        ))}
    </>
  );
}

export function CompareDialog({ draftId, before, after, beforeName, afterName, onClose }: Props) {
  const session = useDraftSession();
  const [diff, setDiff] = useState<DocumentDiffResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [onlyChanges, setOnlyChanges] = useState(false);

  useEffect(() => {
    let live = true;
    const compare = async () => {
      if (before === 'current' || after === 'current') await session.flush();
      return callApi('compareVersions', { draftId, before, after });
    };
    compare().then(
      (result) => live && setDiff(result),
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [draftId, before, after]);

  const changedAttachments = diff?.attachments.filter((a) => a.titleBefore !== a.titleAfter || a.blocks.some((b) => b.kind !== 'unchanged')) ?? [];

  return (
    <Modal title={`比较：${beforeName} → ${afterName}`} onClose={onClose} className="compare-dialog">
      <div className="compare-toolbar">
        <label>
          <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} />
          只显示改动
        </label>
        <button type="button" onClick={onClose} autoFocus>
          关闭
        </button>
      </div>
      {problem && (
        <p role="alert" className="modal-problem">
          {problem}
        </p>
      )}
      {!diff && !problem && <p>正在比较…</p>}
      {diff?.identical && <p className="compare-identical">两个版本内容完全相同。</p>}
      {diff && !diff.identical && (
        <div className="compare-body">
          {diff.fields.length > 0 && (
            <table className="compare-fields">
              <caption>版头、署名、版记等的改动</caption>
              <thead>
                <tr>
                  <th scope="col">项目</th>
                  <th scope="col">{beforeName}</th>
                  <th scope="col">{afterName}</th>
                </tr>
              </thead>
              <tbody>
                {diff.fields.map((field) => (
                  <tr key={field.label}>
                    <th scope="row">{field.label}</th>
                    <td className="diff-removed-text">{field.before}</td>
                    <td className="diff-added-text">{field.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div role="table" className="diff-table" aria-label="正文对照">
            <div role="row" className="diff-row diff-head">
              <div role="columnheader" className="diff-cell">
                {beforeName}
              </div>
              <div role="columnheader" className="diff-mark" />
              <div role="columnheader" className="diff-cell">
                {afterName}
              </div>
            </div>
            <ChangeRows changes={diff.body} onlyChanges={onlyChanges} />
            {changedAttachments.map((attachment) => (
              <div key={attachment.number} role="rowgroup">
                <div role="row" className="diff-row diff-attachment">
                  <div role="cell" className="diff-cell">
                    附件{attachment.number}：{attachment.titleBefore ?? '（无）'}
                  </div>
                  <div role="cell" className="diff-mark" />
                  <div role="cell" className="diff-cell">
                    附件{attachment.number}：{attachment.titleAfter ?? '（无）'}
                  </div>
                </div>
                <ChangeRows changes={attachment.blocks} onlyChanges={onlyChanges} />
              </div>
            ))}
          </div>
        </div>
      )}
    </Modal>
  );
}
