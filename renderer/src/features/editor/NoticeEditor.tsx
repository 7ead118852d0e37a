/** One page-like form for a 通知: the fields in the order they print. */
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { BodyEditor } from './BodyEditor.tsx';
import { DateField } from './DateField.tsx';

interface Props {
  document: GongwenDocument;
  onChange: (document: GongwenDocument) => void;
}

const splitNames = (text: string): string[] => text.split(/[、，,]/);

export function NoticeEditor({ document, onChange }: Props) {
  const update = (patch: Partial<GongwenDocument>) => onChange({ ...document, ...patch });
  const updateSignature = (patch: Partial<GongwenDocument['signature']>) => update({ signature: { ...document.signature, ...patch } });
  const updateHeader = (patch: Partial<GongwenDocument['header']>) => update({ header: { ...document.header, ...patch } });
  const updateRecord = (patch: Partial<GongwenDocument['record']>) => update({ record: { ...document.record, ...patch } });
  const redHead = document.form === 'file' || document.form === 'letter';

  return (
    <article className="paper" aria-label={`${document.genre}草稿`}>
        {redHead && (
          <>
            <label className={`field field-mark ${document.header.organs.length > 1 ? 'joint' : ''}`} data-source-field="header.organs">
              <span className="field-label">发文机关</span>
              <input value={document.header.organs.join('、')} placeholder="中共某某县纪律检查委员会" onChange={(e) => updateHeader({ organs: splitNames(e.target.value) })} />
            </label>
            <label className="field field-number" data-source-field="header.documentNumber">
              <span className="field-label">发文字号</span>
              <input value={document.header.documentNumber ?? ''} placeholder="某纪发〔2024〕1号" onChange={(e) => updateHeader({ documentNumber: e.target.value || null })} />
            </label>
          </>
        )}
        <label className="field field-title" data-source-field="title">
          <span className="field-label">标题</span>
          <textarea rows={2} value={document.title} placeholder="关于……的通知" onChange={(e) => update({ title: e.target.value })} />
        </label>
        <label className="field field-addressee" data-source-field="addressees">
          <span className="field-label">主送机关</span>
          <input
            value={document.addressees.join('、')}
            placeholder="各乡镇纪委、县直各单位（多个用顿号分隔）"
            onChange={(e) => update({ addressees: splitNames(e.target.value) })}
          />
        </label>
        <div className="field field-body" data-source-field="body">
          <span className="field-label" id="body-label">正文</span>
          <BodyEditor initial={document.body} onChange={(body) => update({ body })} />
        </div>
        <label className="field field-signature" data-source-field="signature.organs">
          <span className="field-label">署名</span>
          <input value={document.signature.organs.join('、')} placeholder="发文机关署名" onChange={(e) => updateSignature({ organs: splitNames(e.target.value) })} />
        </label>
        <DateField label="成文日期" source="signature.date" className="field-date" value={document.signature.date} onChange={(date) => updateSignature({ date })} />
        {document.form === 'file' && (
          <div className="record-fields">
            <label className="field field-record" data-source-field="record.cc">
              <span className="field-label">抄送</span>
              <input value={document.record.cc.join('，')} placeholder="市纪委监委办公室，县委办公室" onChange={(e) => updateRecord({ cc: splitNames(e.target.value) })} />
            </label>
            <label className="field field-record" data-source-field="record.printer">
              <span className="field-label">印发机关</span>
              <input value={document.record.printer ?? ''} placeholder="中共某某县纪律检查委员会办公室" onChange={(e) => updateRecord({ printer: e.target.value || null })} />
            </label>
            <DateField label="印发日期" source="record.printDate" className="field-record" value={document.record.printDate} onChange={(printDate) => updateRecord({ printDate })} />
          </div>
        )}
    </article>
  );
}
