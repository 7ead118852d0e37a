/** 签发人 of a 上行文 (报告/请示): printed in 楷体 on the 文号 line, two names a line (§7.2.5). */
import type { Header } from '../../../../../core/model/document.ts';
import { joinNames, splitNames } from './names.ts';

interface Props {
  header: Header;
  onChange: (patch: Partial<Header>) => void;
}

export function SignersField({ header, onChange }: Props) {
  return (
    <label className="field field-signers" data-source-field="header.signers">
      <span className="field-label">签发人</span>
      <input value={joinNames(header.signers)} placeholder="张某某、李某某（上行文填写，多人用顿号分隔）" onChange={(e) => onChange({ signers: splitNames(e.target.value) })} />
    </label>
  );
}
