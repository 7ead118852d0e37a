/**
 * The reply or rectification term a notice sets, read from the template's number field named
 * …期限 (整改期限, 回复期限): in days from receipt, which is what the issued-documents register
 * counts its due date from once the notice is served.
 */
import type { ReplyTerm } from '../workspace/issued-status.ts';
import type { FieldResolver } from '../template/merge.ts';
import type { Template } from '../template/template-schema.ts';

export interface NoticeTerm {
  field: string;
  term: ReplyTerm;
  /** As the notice words it: 自收到之日起15日内. */
  text: string;
}

export function noticeTerm(template: Template, resolver: FieldResolver): NoticeTerm | null {
  for (const field of template.fields) {
    if (field.type !== 'number' || !field.key.endsWith('期限')) continue;
    const days = Number(resolver.resolveField(field.key).value);
    if (!Number.isInteger(days) || days < 1 || days > 365) continue;
    return { field: field.key, term: { days, unit: 'calendar' }, text: `自收到之日起${days}日内` };
  }
  return null;
}
