/**
 * The 公文 document as plain JSON data: what the editor produces, what the CLI reads,
 * what the layout engine and the docx writer consume. Independent of Lexical and docx.
 * Element names follow GB/T 9704-2012: 版头 (header), 主体 (title … 附注), 版记 (record).
 */
import { z } from '../validation/zod.ts';
import { BlockSchema } from './blocks.ts';
import { IsoDateSchema } from './iso-date.ts';

export const documentFormatVersion = 1;

export const genres = ['通知', '通报', '报告', '请示', '批复', '函', '意见', '决定', '纪要', '工作报告', '工作总结', '讲话稿', '建议书', '整改通知书', '其他'] as const;

/** 文件式 (红头), 信函式, 纪要式, 白头材料 (讲话稿/工作报告: no 版头, no 版记). */
export const forms = ['file', 'letter', 'minutes', 'plain'] as const;

const line = z.string().max(400);
const names = z.array(line).max(200);

export const HeaderSchema = z.strictObject({
  /** 份号: six Arabic digits, only for classified copies. */
  copyNumber: z.string().regex(/^\d{6}$/, '份号应为 6 位阿拉伯数字，如 000001').nullable(),
  secrecy: z.strictObject({ level: z.enum(['绝密', '机密', '秘密']), term: line.nullable() }).nullable(),
  urgency: z.enum(['特急', '加急']).nullable(),
  /** 发文机关标志: one organ, or joint organs stacked with the suffix centred beside them. */
  organs: names,
  /** 文件 for 文件式, 纪要 for 纪要式, nothing for 信函式 marks. */
  markSuffix: z.enum(['文件', '纪要', '']),
  /** 发文字号 as printed, e.g. 示纪发〔2024〕5号. */
  documentNumber: line.nullable(),
  /** 签发人 names; present only on 上行文, printed on the 文号 line in 楷体. */
  signers: names,
  /** House variant: a red ★ in the middle of the separator line. */
  separatorStar: z.boolean(),
});

export const AttachmentSchema = z.strictObject({
  title: line,
  /** Pages printed after the main text; empty when the attachment travels as a separate file. */
  blocks: z.array(BlockSchema).max(20_000),
});

export const SignatureSchema = z.strictObject({
  organs: names,
  date: IsoDateSchema.nullable(),
  /** 2024年3月5日 (GB/T 9704-2012) or 二〇二四年三月五日 (older party documents, some forms). */
  dateStyle: z.enum(['arabic', 'chinese']),
  /** 加盖印章 (§7.3.5.1), 不加盖印章 (§7.3.5.2), 加盖签发人签名章 (§7.3.5.3). */
  seal: z.enum(['sealed', 'unsealed', 'signatureSeal']),
  /** For 签名章: the signer's office, e.g. 局长. */
  signerTitle: line.nullable(),
});

export const RecordSchema = z.strictObject({
  /** 抄送 organs. */
  cc: names,
  /** 印发机关 and 印发日期. */
  printer: line.nullable(),
  printDate: IsoDateSchema.nullable(),
});

export const MinutesSchema = z.strictObject({
  present: names,
  absent: names,
  attending: names,
});

export const BylineSchema = z.strictObject({
  /** ——在……上的讲话 (the leading dashes are printed by the writer). */
  subtitle: line.nullable(),
  speaker: line.nullable(),
  date: IsoDateSchema.nullable(),
});

export const GongwenDocumentSchema = z.strictObject({
  formatVersion: z.literal(documentFormatVersion),
  genre: z.enum(genres),
  form: z.enum(forms),
  header: HeaderSchema,
  /** Line-break hints as \n; the layout engine breaks longer lines itself (≤ 20 characters). */
  title: line,
  /** 白头材料 only: subtitle, speaker and date under the title. */
  byline: BylineSchema.nullable(),
  addressees: names,
  body: z.array(BlockSchema).max(20_000),
  attachments: z.array(AttachmentSchema).max(50),
  signature: SignatureSchema,
  /** 附注, printed in （） under the date. */
  note: line.nullable(),
  minutes: MinutesSchema.nullable(),
  record: RecordSchema,
  /** 某某, 张某某, 李××: names the writer confirmed as anonymised on purpose; no longer gaps in this document. */
  confirmedNames: z.array(z.string().min(1).max(20)).max(200).optional(),
});

export type Header = z.infer<typeof HeaderSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type DocumentRecord = z.infer<typeof RecordSchema>;
export type GongwenDocument = z.infer<typeof GongwenDocumentSchema>;
export type Genre = (typeof genres)[number];
export type Form = (typeof forms)[number];

export type { Block, ParagraphBlock, HeadingBlock, EnumerationBlock, TableBlock } from './blocks.ts';

export function createBlankDocument(genre: Genre, today: string | null = null): GongwenDocument {
  const plain = genre === '讲话稿' || genre === '工作报告' || genre === '工作总结';
  return {
    formatVersion: documentFormatVersion,
    genre,
    form: plain ? 'plain' : genre === '纪要' ? 'minutes' : 'file',
    header: { copyNumber: null, secrecy: null, urgency: null, organs: [], markSuffix: genre === '纪要' ? '纪要' : '文件', documentNumber: null, signers: [], separatorStar: false },
    title: '',
    byline: plain ? { subtitle: null, speaker: null, date: today } : null,
    addressees: [],
    body: [],
    attachments: [],
    signature: { organs: [], date: plain ? null : today, dateStyle: 'arabic', seal: 'unsealed', signerTitle: null },
    note: null,
    minutes: genre === '纪要' ? { present: [], absent: [], attending: [] } : null,
    record: { cc: [], printer: null, printDate: null },
  };
}
