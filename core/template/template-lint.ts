/**
 * Template lint, run before a template leaves the office (pack export) and by `gongwen templates
 * lint`. Errors make a document that cannot be filled as the template means it: a placeholder or
 * condition naming a field nobody declared, a binding or table reading a column its ledger's sample
 * lacks, a repeat with nothing in it. Warnings are what a writer should look at: a ledger without a
 * sample to check against, a repeat that prints the same words for every row, a field declared and
 * never used, a part the document family needs that no section provides, and writing prompts left
 * in the text, which would be printed.
 */
import { requiredParts } from './family-sections.ts';
import { fieldReference } from './aggregate.ts';
import { parsePlaceholders, placeholderNames } from './placeholders.ts';
import type { Binding, ContentNode, Filter, Template } from './template-schema.ts';

export interface LintFinding {
  severity: 'error' | 'warning';
  /** The section's label, or where outside the sections (标题, 主送, 附件“…”); null for the template as a whole. */
  section: string | null;
  field: string | null;
  message: string;
}

/** Words that ask the writer to do something: they belong in the guidance, never in the printed text. */
const promptPattern = /写作提示|此处(填写|写|输入|填入)|请在此(处)?(填写|写|输入)|（此处[^）]*）|^提示[：:]/;

interface Scope {
  dataset: string;
  /** The ledger's columns from the template's sample; null when the template carries no sample of it. */
  columns: ReadonlySet<string> | null;
}

export function lintTemplate(template: Template): LintFinding[] {
  const findings: LintFinding[] = [];
  const declared = new Set(template.fields.map((field) => field.key));
  const samples = new Map(template.sample.datasets.map((dataset) => [dataset.name, dataset]));
  const used = new Set<string>();
  const unsampled = new Set<string>();
  const guidanceTexts = new Set(template.sections.map((section) => section.guidance.trim()).filter(Boolean));

  const add = (severity: LintFinding['severity'], section: string | null, field: string | null, message: string) => {
    const where = section === null ? '' : `${section.startsWith('附件') || section.startsWith('模板') ? section : `段落“${section}”`}：`;
    findings.push({ severity, section, field, message: `${where}${message}` });
  };

  const columnsOf = (dataset: string, where: string | null, field: string | null): ReadonlySet<string> | null => {
    const sample = samples.get(dataset);
    if (sample) return new Set(sample.columns);
    if (!unsampled.has(dataset)) {
      unsampled.add(dataset);
      add('warning', where, field, `台账“${dataset}”没有示例数据，无法核对所读的列名；示例生成的公文里这部分是空的`);
    }
    return null;
  };

  const checkColumn = (dataset: string, columns: ReadonlySet<string> | null, column: string, where: string | null, field: string | null, what: string) => {
    if (columns && !columns.has(column)) add('error', where, field, `${what}读取台账“${dataset}”中没有的列“${column}”`);
  };

  const checkName = (name: string, scopes: readonly Scope[], where: string | null) => {
    used.add(name);
    const scope = scopes.at(-1);
    if (declared.has(name)) return;
    if (scope && (scope.columns === null || scope.columns.has(name))) return;
    if (scope) add('error', where, name, `重复段落读取台账“${scope.dataset}”中没有的列“${name}”，也没有同名的字段`);
    else add('error', where, name, `引用了未声明的字段“${name}”`);
  };

  const checkFilters = (filters: readonly Filter[], dataset: string, columns: ReadonlySet<string> | null, where: string | null, field: string | null) => {
    for (const filter of filters) {
      checkColumn(dataset, columns, filter.column, where, field, '筛选条件');
      const reference = fieldReference(filter.value);
      if (reference !== null) {
        used.add(reference);
        if (!declared.has(reference)) add('error', where, reference, `筛选条件引用了未声明的字段“${reference}”`);
      }
    }
  };

  const checkText = (source: string, scopes: readonly Scope[], where: string | null) => {
    for (const segment of parsePlaceholders(source)) {
      if (segment.kind === 'placeholder') checkName(segment.name, scopes, where);
      else if (promptPattern.test(segment.text.trim()) || guidanceTexts.has(segment.text.trim()))
        add('warning', where, null, `“${clip(segment.text.trim())}”像是写作提示，会印进公文；请改写到段落的写作提示里`);
    }
  };

  const walk = (nodes: readonly ContentNode[], scopes: readonly Scope[], where: string | null) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          checkText(node.text, scopes, where);
          break;
        case 'heading':
          checkText(node.text, scopes, where);
          if (node.runIn !== null) checkText(node.runIn, scopes, where);
          break;
        case 'enumeration':
          [node.lead, ...node.items].forEach((item) => checkText(item, scopes, where));
          break;
        case 'grid':
          node.rows.flat().forEach((cell) => checkText(cell, scopes, where));
          break;
        case 'if':
          checkName(node.field, scopes, where);
          walk(node.then, scopes, where);
          walk(node.else, scopes, where);
          break;
        case 'repeat': {
          const columns = columnsOf(node.dataset, where, null);
          checkFilters(node.filters, node.dataset, columns, where, null);
          if (node.each.length === 0) {
            add('error', where, null, `重复段落（台账“${node.dataset}”）没有内容`);
            break;
          }
          const names = eachNames(node.each);
          if (!names.some((name) => (columns ? columns.has(name) : !declared.has(name))))
            add('warning', where, null, `重复段落（台账“${node.dataset}”）不读取台账的任何列，每一行都印出相同的文字`);
          else if (samples.get(node.dataset)?.rows.length === 0) add('warning', where, null, `重复段落的示例台账“${node.dataset}”没有数据行，示例生成的公文里这一段是空的`);
          walk(node.each, [...scopes, { dataset: node.dataset, columns }], where);
          break;
        }
        case 'table': {
          const columns = columnsOf(node.dataset, where, null);
          checkFilters(node.filters, node.dataset, columns, where, null);
          for (const column of node.columns) checkColumn(node.dataset, columns, column.column, where, null, `表格的“${column.header}”列`);
          break;
        }
      }
    }
  };

  const header = template.header;
  const outside: [string, (string | null | undefined)[]][] = [
    ['模板的版头', [...header.organs, header.documentNumber, ...header.signers]],
    ['模板的标题', [template.title, template.byline?.subtitle, template.byline?.speaker, template.byline?.date]],
    ['模板的主送机关', template.addressees],
    ['模板的落款', [...(template.signature?.organs ?? []), template.signature?.date, template.signature?.signerTitle, template.note]],
    ['模板的版记', [...template.record.cc, template.record.printer, template.record.printDate]],
  ];
  for (const [where, texts] of outside) for (const source of texts) if (source) for (const name of placeholderNames(source)) checkName(name, [], where);

  for (const section of template.sections) {
    walk(section.content, [], section.label);
    for (const alternative of section.alternatives) walk(alternative.content, [], section.label);
    if (section.required && section.content.length === 0) add('warning', section.label, null, '必备段落没有内容');
  }
  template.attachments.forEach((attachment) => walk(attachment.content, [], `附件“${attachment.title}”`));

  for (const field of template.fields) lintBinding(field.key, field.binding);
  for (const field of template.fields) if (!used.has(field.key)) add('warning', null, field.key, `字段“${field.key}”已声明，但模板中没有用到`);
  for (const [key] of template.sample.values) if (!declared.has(key)) add('warning', null, key, `示例数据给未声明的字段“${key}”填了值`);

  const words = template.sections.map((section) => [section.label, ...headingTexts(section.content)].join(' '));
  for (const part of requiredParts[template.family])
    if (!words.some((text) => part.words.some((word) => text.includes(word)))) add('warning', null, null, `缺少${template.family}应有的“${part.name}”部分`);

  return findings;

  function lintBinding(key: string, binding: Binding | null) {
    if (!binding) return;
    if (binding.kind === 'law') {
      used.add(binding.versionField);
      if (!declared.has(binding.versionField)) add('error', null, key, `字段“${key}”按未声明的字段“${binding.versionField}”选择法规版本`);
      return;
    }
    const columns = columnsOf(binding.dataset, null, key);
    checkFilters(binding.filters, binding.dataset, columns, null, key);
    if (binding.column !== null) checkColumn(binding.dataset, columns, binding.column, null, key, `字段“${key}”`);
    if (binding.kind === 'group') checkColumn(binding.dataset, columns, binding.groupBy, null, key, `字段“${key}”的分组`);
  }
}

function eachNames(nodes: readonly ContentNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    switch (node.type) {
      case 'paragraph':
        return placeholderNames(node.text);
      case 'heading':
        return [...placeholderNames(node.text), ...placeholderNames(node.runIn ?? '')];
      case 'enumeration':
        return [node.lead, ...node.items].flatMap(placeholderNames);
      case 'grid':
        return node.rows.flat().flatMap(placeholderNames);
      case 'if':
        return [node.field, ...eachNames(node.then), ...eachNames(node.else)];
      case 'repeat':
      case 'table':
        return [];
    }
  });
}

function headingTexts(nodes: readonly ContentNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    if (node.type === 'heading') return [node.text];
    if (node.type === 'if') return [...headingTexts(node.then), ...headingTexts(node.else)];
    if (node.type === 'repeat') return headingTexts(node.each);
    return [];
  });
}

function clip(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/** One line per finding, errors first, as the CLI and export messages print them. */
export function describeFindings(findings: readonly LintFinding[]): string[] {
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')].map((f) => `${f.severity === 'error' ? '错误' : '提醒'}：${f.message}`);
}
