/** The check of a pack file before installing: refused with the problems named, or what is inside, its signature and version. */
import type { PackReport as Report } from '../../../../core/api/contract-packs.ts';
import { PackContentsList } from './PackContentsList.tsx';
import { relationText, signatureText, versionRelation } from './pack-verdict.ts';

const sizeText = (bytes: number) => (bytes < 1024 ? `${bytes} 字节` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function PackReport({ fileName, bytes, report }: { fileName: string; bytes: number; report: Report }) {
  const { pack } = report;
  if (!report.sound || !pack)
    return (
      <div role="alert" className="pack-refused">
        <p>
          “{fileName}”未通过检查，不能安装，本机没有任何改动：
        </p>
        <ul>
          {report.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="pack-report" aria-label="检查结果">
      <h3>
        {pack.name} <span className="pack-version">{pack.version}</span>
      </h3>
      <dl className="pack-facts">
        <dt>文件</dt>
        <dd>
          {fileName}（{sizeText(bytes)}）
        </dd>
        <dt>编号</dt>
        <dd>{pack.id}</dd>
        <dt>发布单位</dt>
        <dd>{pack.publisher}</dd>
        <dt>制作日期</dt>
        <dd>{pack.created}</dd>
        {pack.description && (
          <>
            <dt>说明</dt>
            <dd>{pack.description}</dd>
          </>
        )}
        <dt>签名</dt>
        <dd data-testid="pack-report-signature" className={`pack-signature-text pack-signature-${pack.signature.status}`}>
          {signatureText(pack.signature)}
        </dd>
        <dt>版本</dt>
        <dd data-testid="pack-report-version">{relationText(pack.version, versionRelation(pack.version, report.installedVersion))}</dd>
      </dl>
      <PackContentsList pack={pack} />
    </div>
  );
}
