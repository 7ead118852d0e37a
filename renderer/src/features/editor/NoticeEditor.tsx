/** One page-like form for a 通知: the fields in the order they print. */
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { ExportBar } from '../export/ExportBar.tsx';
import { BodyEditor } from './BodyEditor.tsx';
import { DateField } from './DateField.tsx';

interface Props {
  document: GongwenDocument;
  onChange: (document: GongwenDocument) => void;
  canRevealFiles: boolean;
}

const splitNames = (text: string): string[] => text.split(/[、，,]/);

export function NoticeEditor({ document, onChange, canRevealFiles }: Props) {
  const update = (patch: Partial<GongwenDocument>) => onChange({ ...document, ...patch });
  const updateSignature = (patch: Partial<GongwenDocument['signature']>) => update({ signature: { ...document.signature, ...patch } });

  return (
    <div className="editor-layout">
      <ExportBar document={document} canRevealFiles={canRevealFiles} />
      <article className="paper" aria-label={`${document.genre}草稿`}>
        <label className="field field-title">
          <span className="field-label">标题</span>
          <textarea rows={2} value={document.title} placeholder="关于……的通知" onChange={(e) => update({ title: e.target.value })} />
        </label>
        <label className="field field-addressee">
          <span className="field-label">主送机关</span>
          <input
            value={document.addressees.join('、')}
            placeholder="各乡镇纪委、县直各单位（多个用顿号分隔）"
            onChange={(e) => update({ addressees: splitNames(e.target.value) })}
          />
        </label>
        <div className="field field-body">
          <span className="field-label" id="body-label">正文</span>
          <BodyEditor initial={document.body} onChange={(body) => update({ body })} />
        </div>
        <label className="field field-signature">
          <span className="field-label">署名</span>
          <input value={document.signature.organs.join('、')} placeholder="发文机关署名" onChange={(e) => updateSignature({ organs: splitNames(e.target.value) })} />
        </label>
        <DateField label="成文日期" className="field-date" value={document.signature.date} onChange={(date) => updateSignature({ date })} />
      </article>
    </div>
  );
}
