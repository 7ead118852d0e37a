/** What every rule sees: the read document, the recognised roles, and a way to report findings. */
import type { DocxModel, DocxParagraph, DocxSection } from '../docx-read/docx-model.ts';
import type { Finding } from './finding.ts';
import type { Role, Roles } from './roles.ts';
import { ruleTable, type RuleId } from './rule-table.ts';
import { compact } from './text-patterns.ts';

const excerptLength = 16;

function excerptOf(text: string): string {
  const chars = [...compact(text)];
  return chars.length > excerptLength ? `${chars.slice(0, excerptLength).join('')}…` : chars.join('');
}

export class CheckContext {
  readonly findings: Finding[] = [];

  constructor(
    readonly model: DocxModel,
    readonly roles: Roles,
    /** Names the writer confirmed as anonymised on purpose (the draft's confirmedNames); none for a file. */
    readonly confirmedNames: readonly string[] = [],
  ) {}

  role(paragraph: DocxParagraph): Role {
    return this.roles.of.get(paragraph.number) ?? 'body';
  }

  /** Body paragraphs (not footers) having one of the roles, in reading order. */
  withRole(...roles: Role[]): DocxParagraph[] {
    return this.model.paragraphs.filter((p) => roles.includes(this.role(p)));
  }

  /** Blank paragraphs directly before `paragraph` in the body flow, and the paragraph before them. */
  blankLinesBefore(paragraph: DocxParagraph): { count: number; previous: DocxParagraph | undefined } {
    const flow = this.model.paragraphs.filter((p) => p.container !== 'textbox');
    let i = flow.indexOf(paragraph) - 1;
    let count = 0;
    for (; i >= 0 && this.role(flow[i]!) === 'blank'; i--) count++;
    return { count, previous: flow[i] };
  }

  sectionOf(paragraph: DocxParagraph): DocxSection | undefined {
    return this.model.sections[paragraph.section];
  }

  report(rule: RuleId, paragraph: DocxParagraph | null, message: string): void {
    const inBody = paragraph !== null && this.model.paragraphs[paragraph.number - 1] === paragraph;
    this.findings.push({
      rule,
      severity: ruleTable[rule].severity,
      message,
      location: { paragraph: inBody ? paragraph.number : null, excerpt: paragraph ? excerptOf(paragraph.text) : '', part: paragraph?.part ?? this.mainPart },
    });
  }

  private get mainPart(): string {
    return this.model.paragraphs[0]?.part ?? 'word/document.xml';
  }

  /**
   * One finding per distinct message, at its first paragraph, counting the others, so a
   * document typed entirely in the wrong font gives one line rather than hundreds.
   */
  reportGrouped(rule: RuleId, items: readonly { paragraph: DocxParagraph; message: string }[]): void {
    const groups = new Map<string, { paragraph: DocxParagraph; count: number }>();
    for (const { paragraph, message } of items) {
      const group = groups.get(message);
      if (group) group.count++;
      else groups.set(message, { paragraph, count: 1 });
    }
    for (const [message, { paragraph, count }] of groups) {
      this.report(rule, paragraph, count > 1 ? `${message}（共 ${count} 段）` : message);
    }
  }
}
