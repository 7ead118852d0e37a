import { describe, expect, it } from 'vitest';
import { createBlankDocument, type GongwenDocument } from '../../../../core/model/document.ts';
import { text } from '../../../../core/model/inline.ts';
import { journalPrefix, planFor, readJournals, unreadablePrefix, writeJournal, type UnsavedJournal } from './unsaved-journal.ts';
import { memoryStorage } from './memory-storage.ts';

const withBody = (words: string): GongwenDocument => ({ ...createBlankDocument('通知', '2024-03-05'), body: [{ type: 'paragraph', content: text(words) }] });

const journal = (over: Partial<UnsavedJournal> = {}): UnsavedJournal => ({
  format: 1,
  draftId: 'd1',
  baseRevision: 3,
  templateId: null,
  writtenAt: '2026-11-27T08:00:00.000Z',
  document: withBody('意外关闭前写下的一句'),
  ...over,
});

describe('the unsaved-typing journal', () => {
  it('reads back what was written, newest first, and leaves other storage alone', () => {
    const storage = memoryStorage();
    storage.setItem('gongwen.registers.remembered', 'x');
    writeJournal(storage, `${journalPrefix}a`, journal({ writtenAt: '2026-11-27T08:00:00.000Z' }));
    writeJournal(storage, `${journalPrefix}b`, journal({ draftId: null, baseRevision: null, writtenAt: '2026-11-27T09:00:00.000Z' }));
    const read = readJournals(storage);
    expect(read.unreadable).toEqual([]);
    expect(read.found.map((f) => f.key)).toEqual([`${journalPrefix}b`, `${journalPrefix}a`]);
    expect(read.found[1]?.journal).toEqual(journal());
  });

  it('sets a torn or schema-invalid entry aside with a message naming the problem, and never throws', () => {
    const storage = memoryStorage();
    storage.setItem(`${journalPrefix}torn`, '{"format":1,"draftId":"d1","docu');
    storage.setItem(`${journalPrefix}bad`, JSON.stringify({ ...journal(), baseRevision: 'three' }));
    storage.setItem(`${journalPrefix}proto`, '{"__proto__":{"polluted":true}}');
    const read = readJournals(storage);
    expect(read.found).toEqual([]);
    expect(read.unreadable).toHaveLength(3);
    expect(read.unreadable[0]).toBe(`上次意外关闭前留下的一份未保存修改记录无法读取（内容不是完整的 JSON，可能写到一半时被中断），未作恢复；原内容已留存在浏览器存储“${unreadablePrefix}torn”中。`);
    expect(read.unreadable[1]).toContain('baseRevision：应为数字，实际是文本');
    expect(storage.getItem(`${unreadablePrefix}torn`)).toBe('{"format":1,"draftId":"d1","docu');
    expect([...storage.entries.keys()].filter((key) => key.startsWith(journalPrefix))).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the typing when the browser storage is full', () => {
    const storage = { ...memoryStorage(), setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    expect(() => writeJournal(storage, `${journalPrefix}a`, journal())).not.toThrow();
  });

  it('plans nothing for a state the workspace holds, a save at the same revision, and a version beside a newer save', () => {
    expect(planFor(journal(), { revision: 4, document: withBody('意外关闭前写下的一句') })).toBe('nothing');
    expect(planFor(journal(), { revision: 3, document: withBody('旧的') })).toBe('save');
    expect(planFor(journal(), { revision: 5, document: withBody('别处保存的') })).toBe('keepBeside');
    expect(planFor(journal({ draftId: null, baseRevision: null }), null)).toBe('newDraft');
    expect(planFor(journal(), null)).toBe('newDraft');
  });
});
