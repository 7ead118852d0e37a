import { describe, expect, it } from 'vitest';
import { createBlankDocument, type GongwenDocument } from '../../../../core/model/document.ts';
import { text } from '../../../../core/model/inline.ts';
import { journalDelayMs, journalWriter, type JournalClock } from './journal-writer.ts';
import { memoryStorage } from './memory-storage.ts';
import { parseJournal } from './unsaved-journal.ts';

/** A clock the test moves by hand: `advance(ms)` runs what is due. */
function manualClock(): JournalClock & { advance(ms: number): void; pending(): number } {
  let time = 0;
  let queue: { at: number; run: () => void }[] = [];
  return {
    now: () => new Date(Date.UTC(2026, 10, 27, 8, 0, 0, time)).toISOString(),
    later(write) {
      const item = { at: time + journalDelayMs, run: write };
      queue.push(item);
      return () => {
        queue = queue.filter((queued) => queued !== item);
      };
    },
    advance(ms) {
      time += ms;
      const due = queue.filter((item) => item.at <= time);
      queue = queue.filter((item) => item.at > time);
      for (const item of due) item.run();
    },
    pending: () => queue.length,
  };
}

const doc = (words: string): GongwenDocument => ({ ...createBlankDocument('通知', '2024-03-05'), body: [{ type: 'paragraph', content: text(words) }] });
const entryOf = (storage: ReturnType<typeof memoryStorage>) => {
  const raw = storage.getItem('k');
  return raw === null ? null : parseJournal(raw);
};

describe('the journal writer', () => {
  it('writes typing within the delay, folding many changes into one write of the newest state', () => {
    const storage = memoryStorage();
    const clock = manualClock();
    const opened = doc('原稿');
    const writer = journalWriter(storage, 'k', opened, 'tpl-1', clock);
    writer.acknowledged('d1', 4, opened);
    writer.changed(doc('原稿一'));
    clock.advance(100);
    writer.changed(doc('原稿一二'));
    expect(clock.pending()).toBe(1);
    expect(entryOf(storage)).toBeNull();
    clock.advance(journalDelayMs - 100);
    expect(entryOf(storage)).toEqual({ format: 1, draftId: 'd1', baseRevision: 4, templateId: 'tpl-1', writtenAt: '2026-11-27T08:00:00.500Z', document: doc('原稿一二') });
  });

  it('removes the entry once the workspace acknowledges the newest state', () => {
    const storage = memoryStorage();
    const clock = manualClock();
    const opened = doc('原稿');
    const writer = journalWriter(storage, 'k', opened, null, clock);
    writer.acknowledged('d1', 1, opened);
    const typed = doc('原稿加一句');
    writer.changed(typed);
    clock.advance(journalDelayMs);
    expect(entryOf(storage)).not.toBeNull();
    writer.acknowledged('d1', 2, typed);
    expect(entryOf(storage)).toBeNull();
    expect(clock.pending()).toBe(0);
  });

  it('moves the base revision on when a save of an older state is acknowledged while typing went on', () => {
    const storage = memoryStorage();
    const clock = manualClock();
    const opened = doc('原稿');
    const writer = journalWriter(storage, 'k', opened, null, clock);
    writer.acknowledged('d1', 1, opened);
    const sent = doc('原稿一');
    writer.changed(sent);
    clock.advance(journalDelayMs);
    writer.changed(doc('原稿一二'));
    writer.acknowledged('d1', 2, sent);
    clock.advance(journalDelayMs);
    expect(entryOf(storage)).toMatchObject({ baseRevision: 2, document: doc('原稿一二') });
  });

  it('journals a draft not stored yet without an id, and takes the id once it is stored', () => {
    const storage = memoryStorage();
    const clock = manualClock();
    const blank = doc('');
    const writer = journalWriter(storage, 'k', blank, null, clock);
    writer.changed(blank);
    clock.advance(journalDelayMs);
    expect(entryOf(storage)).toBeNull();
    const typed = doc('第一句');
    writer.changed(typed);
    clock.advance(journalDelayMs);
    expect(entryOf(storage)).toMatchObject({ draftId: null, baseRevision: null, document: typed });
    writer.acknowledged('d9', 1, blank);
    clock.advance(journalDelayMs);
    expect(entryOf(storage)).toMatchObject({ draftId: 'd9', baseRevision: 1, document: typed });
  });

  it('on closing, writes unsaved typing at once and leaves nothing behind for a saved state', () => {
    const storage = memoryStorage();
    const clock = manualClock();
    const opened = doc('原稿');
    const writer = journalWriter(storage, 'k', opened, null, clock);
    writer.changed(doc('原稿改'));
    writer.flush();
    expect(entryOf(storage)).toMatchObject({ document: doc('原稿改') });
    expect(clock.pending()).toBe(0);

    const saved = journalWriter(storage, 'k', opened, null, clock);
    saved.flush();
    expect(entryOf(storage)).toBeNull();
  });
});
