import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { text } from '../../core/model/inline.ts';
import { createDraft, saveDraft } from './drafts.ts';
import { searchDrafts } from './draft-search.ts';
import { migrate } from './open-workspace.ts';
import { migrations } from './migrations.ts';
import { openTestWorkspace } from './test-workspace.ts';
import { fillWithDrafts } from '../../tests/support/many-drafts.ts';
import { workspaceFileName } from './open-workspace.ts';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';

function notice(title: string, body: string, extra: Partial<GongwenDocument> = {}): GongwenDocument {
  return { ...createBlankDocument('通知', '2024-03-05'), title, body: [{ type: 'paragraph', content: text(body) }], ...extra };
}

const found = (ws: Parameters<typeof searchDrafts>[0], query: string) => searchDrafts(ws, query).hits.map((hit) => hit.title);

describe('searchDrafts', () => {
  it('finds a Chinese substring of the body, two characters or longer, and marks it in the snippet', () => {
    const ws = openTestWorkspace();
    createDraft(ws, { document: notice('关于开展廉政教育月活动的通知', '各单位要组织党员干部观看警示教育片，撰写心得体会。') });
    createDraft(ws, { document: notice('关于报送统计报表的通知', '请于月底前报送第一季度统计报表。') });
    expect(found(ws, '警示教育片')).toEqual(['关于开展廉政教育月活动的通知']);
    expect(found(ws, '报表')).toEqual(['关于报送统计报表的通知']);
    expect(found(ws, '撰写 心得')).toEqual(['关于开展廉政教育月活动的通知']);
    expect(found(ws, '撰写 报表')).toEqual([]);
    const [hit] = searchDrafts(ws, '警示教育').hits;
    expect(hit?.snippet.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['警示教育']);
    expect(hit?.snippet.map((piece) => piece.text).join('')).toContain('观看警示教育片，撰写');
    ws.close();
  });

  it('finds a field value, a header value and words split across runs', () => {
    const ws = openTestWorkspace();
    const report: GongwenDocument = {
      ...notice('关于第一季度执纪情况的报告', ''),
      header: { ...createBlankDocument('通知').header, organs: ['某县纪委监委'], documentNumber: '示纪发〔2024〕37号' },
      body: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '本季度共立案' },
            { type: 'field', key: '立案件数', value: '一百二十三', source: { dataset: 'ledger', sheet: null, column: '处置方式', aggregate: 'count', rows: [2], filter: '' } },
            { type: 'text', text: '件，其中', bold: true },
            { type: 'text', text: '乡科级干部九人。' },
          ],
        },
      ],
    };
    createDraft(ws, { document: report });
    createDraft(ws, { document: notice('无关通知', '立案件数不在这里出现数字。') });
    expect(found(ws, '一百二十三')).toEqual(['关于第一季度执纪情况的报告']);
    expect(found(ws, '〔2024〕37号')).toEqual(['关于第一季度执纪情况的报告']);
    expect(found(ws, '某县纪委监委')).toEqual(['关于第一季度执纪情况的报告']);
    expect(found(ws, '件，其中乡科级')).toEqual(['关于第一季度执纪情况的报告']);
    // The provenance of a value (its dataset and column) and ISO dates are not text a reader sees.
    expect(found(ws, '处置方式')).toEqual([]);
    expect(found(ws, '2024-03-05')).toEqual([]);
    ws.close();
  });

  it('puts the most recently saved draft first and follows every save', () => {
    const ws = openTestWorkspace();
    const older = createDraft(ws, { document: notice('较早的通知', '巡察整改工作安排。') });
    createDraft(ws, { document: notice('较新的通知', '巡察整改工作总结。') });
    expect(found(ws, '巡察整改')).toEqual(['较新的通知', '较早的通知']);
    saveDraft(ws, { id: older.id, document: notice('较早的通知', '巡察整改工作安排（修改）。') });
    expect(found(ws, '巡察整改')).toEqual(['较早的通知', '较新的通知']);
    saveDraft(ws, { id: older.id, document: notice('改名后的通知', '换成了别的内容。') });
    expect(found(ws, '巡察整改')).toEqual(['较新的通知']);
    expect(found(ws, '改名后')).toEqual(['改名后的通知']);
    ws.close();
  });

  it('treats LIKE and FTS syntax in the query as plain characters', () => {
    const ws = openTestWorkspace();
    createDraft(ws, { document: notice('百分比通知', '完成率100%以上，"引号" AND NOT 都是字。') });
    createDraft(ws, { document: notice('其他通知', '完成率一般。') });
    expect(found(ws, '%')).toEqual(['百分比通知']);
    expect(found(ws, '"引号" AND')).toEqual(['百分比通知']);
    expect(found(ws, '_')).toEqual([]);
    expect(found(ws, '   ')).toEqual([]);
    ws.close();
  });

  it('indexes drafts that were in the workspace before the search step was added, and survives a damaged row', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'gongwen-ws-'));
    const raw = new Database(path.join(folder, workspaceFileName));
    const before = migrations.findIndex((step) => step.toString().includes('draft_search'));
    migrate(raw, migrations.slice(0, before));
    const document = JSON.stringify(notice('旧草稿', '迁移之前就有的正文内容。'));
    const insert = raw.prepare(
      "INSERT INTO drafts (id, title, genre, document, created_at, updated_at) VALUES (?, ?, '通知', ?, '2024-03-05T00:00:00.000Z', '2024-03-05T00:00:00.000Z')",
    );
    insert.run('old', '旧草稿', document);
    insert.run('broken', '坏草稿', '{"formatVersion":1');
    migrate(raw);
    raw.close();
    const ws = openTestWorkspace(folder);
    expect(found(ws, '迁移之前')).toEqual(['旧草稿']);
    expect(found(ws, '坏草稿')).toEqual(['坏草稿']);
    ws.close();
  });

  // How fast this is (≤ 50 ms) is measured by npm run bench (bench/search.bench.ts), not asserted on a shared test machine.
  it('finds the one draft, or the newest 50, among 1 000 drafts', () => {
    const ws = openTestWorkspace();
    fillWithDrafts(ws, 1_000, 777);
    expect(found(ws, '公务用车台账')).toEqual(['关于第777批专项检查的通知']);
    expect(found(ws, '台账')).toEqual(['关于第777批专项检查的通知']);
    const common = searchDrafts(ws, '形式主义');
    expect(common.hits).toHaveLength(50);
    expect(common.hits[0]?.title).toBe('关于第999批专项检查的通知');
    expect(common.more).toBe(true);
    expect(found(ws, '第12号文件 第3段')).toContain('关于第12批专项检查的通知');
    ws.close();
  }, 60_000);
});
