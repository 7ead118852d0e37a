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
];
