/**
 * The workspace schema, one numbered step at a time. PRAGMA user_version records the last
 * step applied; a step is never edited once released — a change is a new step.
 */
import type { Database } from 'better-sqlite3';

export type Migration = (db: Database) => void;

export const migrations: readonly Migration[] = [
  (db) => {
    db.exec(`
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        genre TEXT NOT NULL,
        template_id TEXT,
        template_version TEXT,
        document TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE draft_versions (
        id TEXT PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts(id),
        sequence INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('named', 'beforeRestore')),
        note TEXT,
        document TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (draft_id, sequence)
      ) STRICT;

      -- Named versions are what was sent out for comment or approval: they must never change.
      CREATE TRIGGER draft_versions_immutable BEFORE UPDATE ON draft_versions
      BEGIN SELECT RAISE(ABORT, '定名版本不可修改'); END;
      CREATE TRIGGER draft_versions_kept BEFORE DELETE ON draft_versions
      BEGIN SELECT RAISE(ABORT, '定名版本不可删除'); END;

      CREATE TABLE number_sequences (
        prefix TEXT NOT NULL,
        year INTEGER NOT NULL,
        first_serial INTEGER NOT NULL CHECK (first_serial >= 1),
        PRIMARY KEY (prefix, year)
      ) STRICT;

      CREATE TABLE document_numbers (
        id INTEGER PRIMARY KEY,
        prefix TEXT NOT NULL,
        year INTEGER NOT NULL,
        serial INTEGER NOT NULL CHECK (serial >= 1),
        number TEXT NOT NULL,
        draft_id TEXT REFERENCES drafts(id),
        title TEXT NOT NULL,
        allocated_at TEXT NOT NULL,
        allocated_by TEXT NOT NULL,
        manual INTEGER NOT NULL CHECK (manual IN (0, 1)),
        manual_reason TEXT,
        voided_at TEXT,
        voided_by TEXT,
        void_reason TEXT,
        UNIQUE (prefix, year, serial)
      ) STRICT;
      CREATE INDEX document_numbers_by_draft ON document_numbers (draft_id);

      CREATE TABLE issued_documents (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('建议书', '整改通知书')),
        draft_id TEXT REFERENCES drafts(id),
        recipient TEXT NOT NULL,
        document_number TEXT,
        title TEXT NOT NULL,
        issued_date TEXT,
        served_date TEXT,
        reply_days INTEGER NOT NULL,
        reply_unit TEXT NOT NULL CHECK (reply_unit IN ('calendar', 'working')),
        reply_due_date TEXT,
        reply_received_date TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE datasets (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sheet TEXT,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        table_json TEXT NOT NULL
      ) STRICT;
    `);
  },
  // Column mappings the writer confirmed, per template dataset and ledger layout (file name, sheet, headers).
  (db) => {
    db.exec(`
      CREATE TABLE column_mappings (
        template_id TEXT NOT NULL,
        dataset TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sheet TEXT,
        headers_json TEXT NOT NULL,
        mapping_json TEXT NOT NULL,
        confirmed_at TEXT NOT NULL,
        PRIMARY KEY (template_id, dataset, fingerprint)
      ) STRICT;
    `);
  },
  // Full-text search over drafts. Triggers keep the text in step with every write to `drafts`, whoever makes it
  // (autosave, .gwdoc import, the CLI); a row damaged on disk indexes as empty rather than failing the write. Trigram
  // tokens match any Chinese substring of three or more characters.
  (db) => {
    const text = (document: string) => `(
      SELECT coalesce(group_concat(CASE WHEN j.key IN ('text', 'value') AND j.path NOT LIKE '%[0]' THEN j.value ELSE char(10) || j.value END, '' ORDER BY j.id), '')
      FROM json_tree(CASE WHEN json_valid(${document}) THEN ${document} ELSE '{}' END) AS j
      WHERE j.type = 'text' AND j.fullkey <> '$.title' AND j.fullkey NOT LIKE '%.source.%'
        AND j.key NOT IN ('genre', 'form', 'type', 'style', 'markSuffix', 'dateStyle', 'seal', 'key', 'date', 'printDate')
    )`;
    db.exec(`
      CREATE TABLE draft_text (
        row INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        body TEXT NOT NULL
      ) STRICT;
      CREATE VIRTUAL TABLE draft_search USING fts5(title, body, content = 'draft_text', content_rowid = 'row', tokenize = 'trigram');

      CREATE TRIGGER draft_text_added AFTER INSERT ON draft_text BEGIN
        INSERT INTO draft_search (rowid, title, body) VALUES (NEW.row, NEW.title, NEW.body);
      END;
      CREATE TRIGGER draft_text_removed AFTER DELETE ON draft_text BEGIN
        INSERT INTO draft_search (draft_search, rowid, title, body) VALUES ('delete', OLD.row, OLD.title, OLD.body);
      END;
      CREATE TRIGGER draft_text_changed AFTER UPDATE ON draft_text BEGIN
        INSERT INTO draft_search (draft_search, rowid, title, body) VALUES ('delete', OLD.row, OLD.title, OLD.body);
        INSERT INTO draft_search (rowid, title, body) VALUES (NEW.row, NEW.title, NEW.body);
      END;

      CREATE TRIGGER drafts_text_added AFTER INSERT ON drafts BEGIN
        INSERT INTO draft_text (draft_id, title, body) VALUES (NEW.id, NEW.title, ${text('NEW.document')});
      END;
      CREATE TRIGGER drafts_text_changed AFTER UPDATE OF title, document ON drafts BEGIN
        UPDATE draft_text SET title = NEW.title, body = ${text('NEW.document')} WHERE draft_id = NEW.id;
      END;
      CREATE TRIGGER drafts_text_removed AFTER DELETE ON drafts BEGIN
        DELETE FROM draft_text WHERE draft_id = OLD.id;
      END;

      INSERT INTO draft_text (draft_id, title, body) SELECT d.id, d.title, ${text('d.document')} FROM drafts AS d;
    `);
  },
  // The writer's own 常用语, saved from a body selection; the pack's snippets stay in the pack.
  (db) => {
    db.exec(`
      CREATE TABLE phrases (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        category TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
  // The pack and pack version a draft's template came from, so it can be told apart after the pack is upgraded.
  (db) => {
    db.exec(`
      ALTER TABLE drafts ADD COLUMN pack_id TEXT;
      ALTER TABLE drafts ADD COLUMN pack_version TEXT;
    `);
  },
  // Finished batch runs' summaries, so the 批量生成 screen lists them after a restart.
  (db) => {
    db.exec(`
      CREATE TABLE batch_runs (
        id TEXT PRIMARY KEY,
        template_name TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        summary_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX batch_runs_finished ON batch_runs (finished_at);
    `);
  },
  // The leader's review read back into a draft, with the writer's decisions, replies and resolved comments (one per draft).
  (db) => {
    db.exec(`
      CREATE TABLE draft_reviews (
        draft_id TEXT PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
];
