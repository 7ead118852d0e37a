/** 预览分组: the units found with their ledger rows, and everything that stops the run, each in Chinese with its row numbers. */
import type { BatchPreview } from '../../../../core/api/contract-batch.ts';

const rowList = (rows: readonly number[]) => (rows.length > 12 ? `${rows.slice(0, 12).join('、')} 等 ${rows.length} 行` : rows.join('、'));

export function BatchPreviewView({ preview }: { preview: BatchPreview }) {
  const missing = new Set(preview.unitsNotInDirectory.map((group) => group.unit));
  return (
    <section className="batch-preview" aria-label="分组预览">
      <h3>
        按“{preview.groupBy}”分组：{preview.groups.length} 个单位，{preview.groups.reduce((sum, group) => sum + group.rows.length, 0)} 条问题
      </h3>
      {preview.problems.length > 0 && (
        <div role="alert" className="batch-problems">
          <p>以下问题处理后才能生成：</p>
          <ul aria-label="生成前须处理的问题">
            {preview.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.notes.length > 0 && (
        <ul className="batch-notes" aria-label="提示">
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {preview.groups.length > 0 && (
        // A batch of 200 units scrolls inside its own box; tabIndex lets the keyboard scroll it.
        <div className="batch-groups" tabIndex={0} role="group" aria-label="分组列表">
          <table className="batch-table" aria-label="各单位及其台账行">
            <thead>
              <tr>
                <th scope="col">序号</th>
                <th scope="col">单位</th>
                <th scope="col">问题数</th>
                <th scope="col">台账行</th>
                <th scope="col">单位名录</th>
              </tr>
            </thead>
            <tbody>
              {preview.groups.map((group, i) => (
                <tr key={group.unit} className={missing.has(group.unit) ? 'batch-row-problem' : ''}>
                  <td>{i + 1}</td>
                  <th scope="row">{group.unit}</th>
                  <td>{group.rows.length}</td>
                  <td>第 {rowList(group.rows)} 行</td>
                  <td>{preview.directory === null ? '不需要' : missing.has(group.unit) ? '名录中没有' : '已找到'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.rowsWithoutUnit.length > 0 && <p className="batch-problem-line">没有单位的行：第 {rowList(preview.rowsWithoutUnit)} 行</p>}
      {preview.unitsWithoutRows.length > 0 && (
        <p className="batch-muted">
          名录中有、台账中没有问题的单位（不生成）：{preview.unitsWithoutRows.slice(0, 20).join('、')}
          {preview.unitsWithoutRows.length > 20 ? ` 等 ${preview.unitsWithoutRows.length} 个` : ''}
        </p>
      )}
    </section>
  );
}
