/**
 * The 常用语 list in the order a writer looks for them: the snippets of the template the draft
 * came from, then the writer's own, then every other template's. The same words offered by
 * several templates are listed once, where they appear first.
 */
import type { Phrase } from '../api/contract-phrases.ts';
import type { Template } from './template-schema.ts';

export function phraseList(templates: readonly Pick<Template, 'id' | 'name' | 'snippets'>[], own: readonly Phrase[], templateId: string | null): Phrase[] {
  const fromTemplate = (template: Pick<Template, 'id' | 'name' | 'snippets'>): Phrase[] =>
    template.snippets.map((snippet) => ({
      id: `${template.id}/${snippet.id}`,
      title: snippet.label,
      category: template.name,
      text: snippet.text,
      origin: 'template',
      templateId: template.id,
    }));
  const current = templates.filter((t) => t.id === templateId).flatMap(fromTemplate);
  const others = templates.filter((t) => t.id !== templateId).flatMap(fromTemplate);
  const seen = new Set<string>();
  return [...current, ...own, ...others].filter((phrase) => {
    if (seen.has(phrase.text)) return false;
    seen.add(phrase.text);
    return true;
  });
}

/** Phrases whose title, category or words contain every space-separated term of the query. */
export function searchPhrases(phrases: readonly Phrase[], query: string): Phrase[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...phrases];
  return phrases.filter((phrase) => {
    const haystack = `${phrase.title}\n${phrase.category}\n${phrase.text}`.toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}
