/** 署名, 成文日期 with its written style, the seal mode (§7.3.5) and 附注 (§7.3.6). */
import type { GongwenDocument, Signature } from '../../../../../core/model/document.ts';
import { DateField } from '../DateField.tsx';
import { joinNames, splitNames } from './names.ts';
import { SelectField } from './SelectField.tsx';

interface Props {
  document: GongwenDocument;
  onSignature: (patch: Partial<Signature>) => void;
  onNote: (note: string | null) => void;
}

const seals: { value: Signature['seal']; name: string }[] = [
  { value: 'sealed', name: '加盖印章' },
  { value: 'unsealed', name: '不加盖印章' },
  { value: 'signatureSeal', name: '加盖签发人签名章' },
];

export function SignatureFields({ document, onSignature, onNote }: Props) {
  const signature = document.signature;
  return (
    <div className="signature-fields">
      <div className="closing-options" role="group" aria-label="落款选项">
        <SelectField label="印章" value={signature.seal} onChange={(seal) => onSignature({ seal: seal as Signature['seal'] })}>
          {seals.map((seal) => (
            <option key={seal.value} value={seal.value}>
              {seal.name}
            </option>
          ))}
        </SelectField>
        {signature.seal === 'signatureSeal' && (
          <label data-source-field="signature.signerTitle">
            签名章职务
            <input value={signature.signerTitle ?? ''} placeholder="局长" onChange={(e) => onSignature({ signerTitle: e.target.value || null })} />
          </label>
        )}
        <SelectField label="日期写法" value={signature.dateStyle} onChange={(dateStyle) => onSignature({ dateStyle: dateStyle as Signature['dateStyle'] })}>
          <option value="arabic">2024年3月5日（阿拉伯数字）</option>
          <option value="chinese">二〇二四年三月五日（汉字）</option>
        </SelectField>
      </div>
      <label className="field field-signature" data-source-field="signature.organs">
        <span className="field-label">署名</span>
        <input value={joinNames(signature.organs)} placeholder="发文机关署名" onChange={(e) => onSignature({ organs: splitNames(e.target.value) })} />
      </label>
      <DateField
        label="成文日期"
        source="signature.date"
        className="field-date"
        value={signature.date}
        dateStyle={signature.dateStyle}
        onChange={(date) => onSignature({ date })}
      />
      {document.form !== 'plain' && (
        <label className="field field-note" data-source-field="note">
          <span className="field-label">附注</span>
          <input value={document.note ?? ''} placeholder="（联系人：张某某，电话：1234567）" onChange={(e) => onNote(e.target.value || null)} />
        </label>
      )}
    </div>
  );
}
