/**
 * The summary after a run: per notice the 文号, problems, optional paragraphs and why, deadline and
 * file — the variance report on screen — with 打开文件夹 and the report, and where the files are.
 */
import { useState } from 'react';
import type { BatchOutcomeView } from '../../../../core/api/contract-batch.ts';
import { callApi } from '../../api/call-api.ts';

interface Props {
  outcome: BatchOutcomeView;
  canRevealFiles: boolean;
  onOpenRegisters: () => void;
}

export function BatchSummary({ outcome, canRevealFiles, onOpenRegisters }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const reveal = (exportId: string) => {
    setProblem(null);
    callApi('revealExport', { exportId }).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };
  return (
    <section className="batch-summary" aria-label="生成结果">
      <h3 role="status">
        已生成 {outcome.units.length} 份通知及送达回证，文号 {outcome.units[0]?.documentNumber} 至 {outcome.units[outcome.units.length - 1]?.documentNumber}，已记入发文登记簿
      </h3>
      <dl className="batch-files">
        <dt>输出文件夹</dt>
        <dd data-testid="batch-folder">{outcome.folder}</dd>
        <dt>合并打印</dt>
        <dd>{outcome.combined.fileName}</dd>
        <dt>合并 PDF</dt>
        <dd data-testid="batch-pdf">{outcome.pdf ? outcome.pdf.fileName : (outcome.pdfProblem ?? '未要求生成')}</dd>
        <dt>差异报告</dt>
        <dd>{outcome.report.fileName}</dd>
      </dl>
      <div className="batch-actions">
        {canRevealFiles && (
          <>
            <button type="button" onClick={() => reveal(outcome.combined.exportId)}>
              打开文件夹
            </button>
            <button type="button" onClick={() => reveal(outcome.report.exportId)}>
              在文件夹中显示差异报告
            </button>
          </>
        )}
        <button type="button" onClick={onOpenRegisters}>
          查看登记簿
        </button>
      </div>
      {problem && (
        <p role="alert" className="export-error">
          {problem}
        </p>
      )}
      <table className="batch-table" aria-label="差异报告">
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">单位</th>
            <th scope="col">主送机关</th>
            <th scope="col">文号</th>
            <th scope="col">问题数</th>
            <th scope="col">可选段落及原因</th>
            <th scope="col">整改（回复）期限</th>
            <th scope="col">输出文件</th>
          </tr>
        </thead>
        <tbody>
          {outcome.units.map((unit, i) => (
            <tr key={unit.notice.exportId}>
              <td>{i + 1}</td>
              <th scope="row">{unit.unit}</th>
              <td>{unit.addressee}</td>
              <td className="batch-number">{unit.documentNumber}</td>
              <td>
                {unit.problems}
                <span className="batch-muted">（第 {unit.rows.join('、')} 行）</span>
              </td>
              <td>
                <ul className="batch-decisions">
                  {unit.decisions.map((decision) => (
                    <li key={decision}>{decision}</li>
                  ))}
                </ul>
                {unit.issues.length > 0 && <p className="batch-problem-line">{unit.issues.join('；')}</p>}
              </td>
              <td>{unit.deadline}</td>
              <td className="batch-file">{unit.notice.fileName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
