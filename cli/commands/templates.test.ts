import { describe, expect, it } from 'vitest';
import { runTemplates } from './templates.ts';

describe('gongwen templates', () => {
  it('lists every built-in template with id, name, family and version', async () => {
    const lines: string[] = [];
    expect(await runTemplates([], (line) => lines.push(line))).toBe(0);
    expect(lines[0]).toMatch(/^编号\s+名称\s+类别\s+版本$/);
    expect(lines).toHaveLength(18);
    expect(lines).toContainEqual(expect.stringMatching(/^jijian-jiancha-jianyi\s+纪检监察建议书\s+建议书\s+1\.0\.0$/));
  });

  it('prints the same list as JSON', async () => {
    const lines: string[] = [];
    expect(await runTemplates(['--json'], (line) => lines.push(line))).toBe(0);
    const parsed = JSON.parse(lines.join('\n')) as { templates: { id: string; family: string; form: string }[]; problems: unknown[] };
    expect(parsed.problems).toEqual([]);
    expect(parsed.templates).toHaveLength(17);
    expect(parsed.templates.find((t) => t.id === 'han')).toMatchObject({ family: '日常公文', form: 'letter' });
  });
});
