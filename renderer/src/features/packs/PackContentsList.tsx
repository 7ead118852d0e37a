/** What a pack holds, as a definition list: shared by the check report and the installed packs. */
import type { PackSummary } from '../../../../core/pack/pack-summary.ts';

export function PackContentsList({ pack }: { pack: PackSummary }) {
  return (
    <dl className="pack-contents">
      <dt>模板</dt>
      <dd>
        {pack.templates.length === 0 ? (
          '无'
        ) : (
          <ul aria-label={`“${pack.name}”中的模板`}>
            {pack.templates.map((template) => (
              <li key={template.id}>
                {template.name} <span className="pack-muted">{template.id} · {template.version}</span>
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>常用语</dt>
      <dd>{pack.phraseBooks.length === 0 ? '无' : pack.phraseBooks.map((book) => `${book.name}（${book.phrases} 条）`).join('、')}</dd>
      <dt>单位名录</dt>
      <dd>{pack.units === 0 ? '无' : `${pack.units} 个单位`}</dd>
      <dt>版头设置</dt>
      <dd>{pack.hasLetterhead ? '有（发文机关、发文代字、签发人）' : '无'}</dd>
      {pack.samples.length > 0 && (
        <>
          <dt>示例数据</dt>
          <dd>{pack.samples.join('、')}</dd>
        </>
      )}
      {pack.laws.length > 0 && (
        <>
          <dt>引用的法规</dt>
          <dd>{pack.laws.join('、')}</dd>
        </>
      )}
      <dt>文件</dt>
      <dd>{pack.files} 个</dd>
    </dl>
  );
}
