/**
 * The office's own names, kept in settings and written into every new blank draft: the
 * 全称 on the 版头, the 署名, the 印发机关, the default 签发人 and the 机关代字 of its 文号.
 */
import { DocumentNumberPrefixSchema } from '../workspace/document-number.ts';
import { z } from '../validation/zod.ts';

const name = z.string().trim().max(100, '不应超过 100 个字');

export const OrganSettingsSchema = z.strictObject({
  /** 发文机关全称, printed as the 发文机关标志 (…文件). */
  fullName: name,
  /** 署名: usually the same 全称, sometimes a shorter form the office signs with. */
  signatureName: name,
  /** 印发机关 in the 版记, typically the office (办公室) of the organ. */
  printer: name,
});

/**
 * A 机关代字 and the 文号 sequence it draws from: 某纪发 and 某纪办发 each keep their own
 * count, while e.g. 某纪发 and 某纪函 may share one when the office numbers them together.
 */
export const NumberPrefixSchema = z.strictObject({
  prefix: DocumentNumberPrefixSchema,
  sequence: z.string().trim().min(1, '文号序列不能为空').max(40, '文号序列不应超过 40 个字'),
});

export const SignerNamesSchema = z.array(z.string().trim().min(1, '签发人姓名不能为空').max(20, '签发人姓名不应超过 20 个字')).max(10, '默认签发人最多 10 位');

export const NumberPrefixesSchema = z
  .array(NumberPrefixSchema)
  .max(50)
  .superRefine((prefixes, context) => {
    const seen = new Set<string>();
    prefixes.forEach((entry, index) => {
      if (seen.has(entry.prefix)) context.addIssue({ code: 'custom', path: [index, 'prefix'], message: `“${entry.prefix}”重复` });
      seen.add(entry.prefix);
    });
  });

export type OrganSettings = z.infer<typeof OrganSettingsSchema>;
export type NumberPrefix = z.infer<typeof NumberPrefixSchema>;

export const emptyOrganSettings: OrganSettings = { fullName: '', signatureName: '', printer: '' };
