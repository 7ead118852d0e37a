/**
 * searchDrafts: every term of the query must appear in a draft's title or text (body,
 * header, fields' values — see the search migration). Terms of three or more characters go
 * through the trigram index; shorter ones (most Chinese words are two characters) are
 * matched with LIKE over the kept text. Newest first.
 */
import { searchSnippet, searchTerms, type TextPiece } from '../../core/workspace/search-text.ts';
import type { DraftMeta } from '../../core/workspace/workspace-records.ts';
import type { Workspace } from './open-workspace.ts';

export interface DraftHit {
  id: string;
  title: string;
  genre: DraftMeta['genre'];
  updatedAt: string;
  snippet: TextPiece[];
}

export interface DraftSearch {
  hits: DraftHit[];
  /** More drafts matched than were returned. */
  more: boolean;
}

interface HitRow {
  id: string;
  title: string;
  genre: DraftMeta['genre'];
  updated_at: string;
  body: string;
}

const trigram = 3;
const quoted = (term: string) => `"${term.replaceAll('"', '""')}"`;
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function searchDrafts(ws: Workspace, query: string, limit = 50): DraftSearch {
  const terms = searchTerms(query);
  if (terms.length === 0) return { hits: [], more: false };
  const long = terms.filter((t) => [...t].length >= trigram);
  const short = terms.filter((t) => [...t].length < trigram);
  const where: string[] = [];
  const params: string[] = [];
  if (long.length > 0) {
    where.push('t.row IN (SELECT rowid FROM draft_search WHERE draft_search MATCH ?)');
    params.push(long.map(quoted).join(' '));
  }
  for (const term of short) {
    where.push("(t.title LIKE ? ESCAPE '\\' OR t.body LIKE ? ESCAPE '\\')");
    params.push(likePattern(term), likePattern(term));
  }
  // The newest matches are picked first and only their text read: sorting every match along with its text was most of the time.
  const newest = `SELECT d.id, d.title, d.genre, d.updated_at, t.row FROM draft_text AS t JOIN drafts AS d ON d.id = t.draft_id WHERE ${where.join(' AND ')} ORDER BY d.updated_at DESC, d.id LIMIT ?`;
  const rows = ws.db
    .prepare(`SELECT top.id, top.title, top.genre, top.updated_at, t.body FROM (${newest}) AS top JOIN draft_text AS t ON t.row = top.row ORDER BY top.updated_at DESC, top.id`)
    .all(...params, limit + 1) as HitRow[];
  return {
    hits: rows.slice(0, limit).map((row) => ({ id: row.id, title: row.title, genre: row.genre, updatedAt: row.updated_at, snippet: searchSnippet(row.body, terms) })),
    more: rows.length > limit,
  };
}
