/** The writer's own 常用语 in the workspace: saved from a body selection, listed newest first, deleted one at a time. */
import { NewPhraseSchema, type NewPhrase, type Phrase } from '../../core/api/contract-phrases.ts';
import { newId } from './ids.ts';
import type { Workspace } from './open-workspace.ts';
import { parseInput } from './parse-input.ts';
import { inWriteTransaction } from './write-transaction.ts';

export const defaultPhraseCategory = '我的常用语';

interface PhraseRow {
  id: string;
  title: string;
  category: string;
  text: string;
}

const toPhrase = (row: PhraseRow): Phrase => ({ ...row, origin: 'user', templateId: null });

export function listUserPhrases(ws: Workspace): Phrase[] {
  const rows = ws.db.prepare('SELECT id, title, category, text FROM phrases ORDER BY created_at DESC, rowid DESC').all() as PhraseRow[];
  return rows.map(toPhrase);
}

export function saveUserPhrase(ws: Workspace, input: NewPhrase): Phrase {
  const phrase = parseInput(NewPhraseSchema, input, '保存常用语');
  const row: PhraseRow = { id: newId(), title: phrase.title, category: phrase.category || defaultPhraseCategory, text: phrase.text };
  inWriteTransaction(ws, () => {
    ws.db.prepare('INSERT INTO phrases (id, title, category, text, created_at) VALUES (?, ?, ?, ?, ?)').run(row.id, row.title, row.category, row.text, ws.now());
  });
  return toPhrase(row);
}

/** False when there was no such phrase (already deleted, or a pack snippet). */
export function deleteUserPhrase(ws: Workspace, id: string): boolean {
  return inWriteTransaction(ws, () => ws.db.prepare('DELETE FROM phrases WHERE id = ?').run(id).changes > 0);
}
