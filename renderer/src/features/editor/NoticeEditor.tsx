/**
 * The page-like form: every GB/T 9704 element the draft's 版式 uses, in the order it prints.
 * Each group of fields is its own component under header/.
 */
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { upwardGenres } from '../../../../core/settings/house-defaults.ts';
import { DocumentNumberField } from '../registers/DocumentNumberField.tsx';
import { BodyEditor } from './BodyEditor.tsx';
import { BylineFields } from './header/BylineFields.tsx';
import { FormBar } from './header/FormBar.tsx';
import { MinutesFields } from './header/MinutesFields.tsx';
import { NamesField } from './header/NamesField.tsx';
import { OrganFields } from './header/OrganFields.tsx';
import { RecordFields } from './header/RecordFields.tsx';
import { SecurityFields } from './header/SecurityFields.tsx';
import { SignatureFields } from './header/SignatureFields.tsx';
import { SignersField } from './header/SignersField.tsx';
import './header/header.css';

interface Props {
  document: GongwenDocument;
  onChange: (document: GongwenDocument) => void;
}

export function NoticeEditor({ document, onChange }: Props) {
  const update = (patch: Partial<GongwenDocument>) => onChange({ ...document, ...patch });
  const updateSignature = (patch: Partial<GongwenDocument['signature']>) => update({ signature: { ...document.signature, ...patch } });
  const updateHeader = (patch: Partial<GongwenDocument['header']>) => update({ header: { ...document.header, ...patch } });
  const updateRecord = (patch: Partial<GongwenDocument['record']>) => update({ record: { ...document.record, ...patch } });
  const form = document.form;
  const letterhead = form !== 'plain';
  const showSigners = form === 'file' && (upwardGenres.includes(document.genre) || document.header.signers.some((s) => s.trim()));

  return (
    <article className="paper" aria-label={`${document.genre}草稿`}>
      <FormBar document={document} onChange={onChange} />
      {letterhead && (
        <>
          <SecurityFields header={document.header} onChange={updateHeader} />
          <OrganFields header={document.header} allowJoint={form !== 'letter'} onChange={updateHeader} />
          <DocumentNumberField value={document.header.documentNumber} onChange={(documentNumber) => updateHeader({ documentNumber })} />
          {showSigners && <SignersField header={document.header} onChange={updateHeader} />}
          {form !== 'letter' && <div className="separator-rule" aria-hidden="true" />}
        </>
      )}
      <label className="field field-title" data-source-field="title">
        <span className="field-label">标题</span>
        <textarea rows={2} value={document.title} placeholder="关于……的通知" onChange={(e) => update({ title: e.target.value })} />
      </label>
      {form === 'plain' && document.byline && <BylineFields byline={document.byline} onChange={(byline) => update({ byline })} />}
      <NamesField
        label="主送机关"
        source="addressees"
        className="field-addressee"
        names={document.addressees}
        placeholder="各乡镇纪委、县直各单位（多个用顿号分隔）"
        pickLabel="选择主送"
        onChange={(addressees) => update({ addressees })}
      />
      <div className="field field-body" data-source-field="body">
        <span className="field-label" id="body-label">
          正文
        </span>
        <BodyEditor initial={document.body} confirmedNames={document.confirmedNames ?? []} onChange={(body) => update({ body })} />
      </div>
      <SignatureFields document={document} onSignature={updateSignature} onNote={(note) => update({ note })} />
      {form === 'minutes' && document.minutes && <MinutesFields minutes={document.minutes} onChange={(minutes) => update({ minutes })} />}
      {letterhead && <RecordFields form={form} record={document.record} onChange={updateRecord} />}
    </article>
  );
}
