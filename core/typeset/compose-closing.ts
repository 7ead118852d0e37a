/**
 * What follows the body: 附件说明 (§7.3.4), the 署名/成文日期 block in its three layouts
 * (§7.3.5), 附注 (§7.3.6) and the 纪要 出席/请假/列席 lists (§10.3).
 */
import { formatDate } from '../format/chinese-date.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { textWidth } from '../layout/text-width.ts';
import type { GongwenDocument } from '../model/document.ts';
import { blankLine, blankLines, paragraph, run } from './build.ts';
import type { TypesetParagraph } from './typeset.ts';

const char = gbt9704.char.body;
const width = (text: string) => Math.round(textWidth(text));

/** 附件：1.名称 — one paragraph per attachment, wrapped lines aligned with the name's first character. */
function attachmentNotes(document: GongwenDocument): TypesetParagraph[] {
  const titles = document.attachments.map((a) => a.title.trim().replace(/[。；;，,.]+$/, '')).filter(Boolean);
  if (titles.length === 0) return [];
  const label = '附件：';
  const labelWidth = width(label);
  const start = gbt9704.indent.firstLineTwips;
  const notes = titles.map((title, i) => {
    const number = titles.length > 1 ? `${i + 1}.` : '';
    const numberWidth = width(number);
    const left = start + labelWidth + numberWidth;
    const firstLine = i === 0 ? -(labelWidth + numberWidth) : -numberWidth;
    return paragraph('attachmentNote', [run(`${i === 0 ? label : ''}${number}${title}`)], { align: 'both', indent: { left, right: 0, firstLine }, source: `attachments.${i}.title` });
  });
  return [blankLine(), ...notes];
}

function signatureBlock(document: GongwenDocument): TypesetParagraph[] {
  const signature = document.signature;
  const organs = signature.organs.map((o) => o.trim()).filter(Boolean);
  const date = signature.date ? formatDate(signature.date, signature.dateStyle) : '';
  if (organs.length === 0 && !date) return [];
  const dateWidth = width(date);
  const right = (role: 'signature' | 'date' | 'signerTitle', text: string, rightIndent: number, source: string) =>
    paragraph(role, [run(text)], { align: 'right', indent: { left: 0, right: Math.max(0, Math.round(rightIndent)), firstLine: 0 }, source });

  switch (signature.seal) {
    case 'sealed': {
      // 署名 centred over the date, the date 右空四字; a 署名 much wider than the date stands 右空一字 instead.
      const dateRight = gbt9704.indent.dateRight;
      const names = organs.map((name) => {
        const nameWidth = width(name);
        const centred = dateRight + (dateWidth - nameWidth) / 2;
        return right('signature', name, nameWidth > dateWidth + 2 * dateRight ? gbt9704.signerInset : centred, 'signature.organs');
      });
      return [...blankLines(gbt9704.blankLinesBeforeSignature.sealed), ...names, ...(date ? [right('date', date, dateRight, 'signature.date')] : [])];
    }
    case 'unsealed': {
      // 署名 右空二字; the date on the next line starts two characters right of the 署名 (§7.3.5.2).
      const nameWidth = Math.max(0, ...organs.map(width));
      let nameRight = 2 * char;
      let dateRight = nameWidth - dateWidth;
      if (dateRight < 2 * char) {
        dateRight = 2 * char;
        nameRight = 4 * char + dateWidth - nameWidth;
      }
      const names = organs.map((name) => right('signature', name, nameRight + (nameWidth - width(name)), 'signature.organs'));
      return [...blankLines(gbt9704.blankLinesBeforeSignature.unsealed), ...names, ...(date ? [right('date', date, dateRight, 'signature.date')] : [])];
    }
    case 'signatureSeal': {
      // 签名章 右空四字 with the signer's office 左空二字 of it; the date one line below, 右空四字 (§7.3.5.3).
      const dateRight = gbt9704.indent.dateRight;
      const title = signature.signerTitle?.trim() ?? '';
      const seal = organs.join('　');
      const line = title ? `${title}　　${seal}` : seal;
      return [
        ...blankLines(gbt9704.blankLinesBeforeSignature.signatureSeal),
        right('signerTitle', line, dateRight, 'signature.organs'),
        blankLine(),
        ...(date ? [right('date', date, dateRight, 'signature.date')] : []),
      ];
    }
  }
}

function note(document: GongwenDocument): TypesetParagraph[] {
  const text = document.note?.trim();
  if (!text) return [];
  const wrapped = /^[（(].*[）)]$/.test(text) ? text : `（${text}）`;
  return [paragraph('note', [run(wrapped)], { indent: { left: 0, right: 0, firstLine: gbt9704.indent.firstLineTwips }, source: 'note' })];
}

/** 出席：/请假：/列席： in 黑体 左空二字, names in 仿宋, wrapped lines aligned after the colon. */
function minutesLists(document: GongwenDocument): TypesetParagraph[] {
  if (document.form !== 'minutes' || !document.minutes) return [];
  const lists: [string, string[], string][] = [
    ['出席：', document.minutes.present, 'minutes.present'],
    ['请假：', document.minutes.absent, 'minutes.absent'],
    ['列席：', document.minutes.attending, 'minutes.attending'],
  ];
  const lines = lists
    .map(([label, names, source]) => [label, names.map((n) => n.trim()).filter(Boolean), source] as const)
    .filter(([, names]) => names.length > 0)
    .map(([label, names, source]) => {
      const labelWidth = width(label);
      return paragraph('minutesList', [run(label, { font: 'heiti' }), run(names.join('、'))], { indent: { left: gbt9704.indent.firstLineTwips + labelWidth, right: 0, firstLine: -labelWidth }, source });
    });
  return lines.length > 0 ? [blankLine(), ...lines] : [];
}

export function composeClosing(document: GongwenDocument): TypesetParagraph[] {
  return [...attachmentNotes(document), ...minutesLists(document), ...signatureBlock(document), ...note(document)];
}
