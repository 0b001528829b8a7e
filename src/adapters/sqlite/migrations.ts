/** Versioned schema changes, applied in order at start. Never edit a shipped migration: add one. */
export const sqliteMigrations: readonly string[] = [
  `CREATE TABLE bot_state (
     key TEXT PRIMARY KEY,
     etag TEXT NOT NULL,
     value TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE secrets (
     name TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );
   CREATE TABLE dl_conversations (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL,
     locale TEXT,
     created_at TEXT NOT NULL,
     last_seq INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE dl_activities (
     conversation_id TEXT NOT NULL REFERENCES dl_conversations(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     body TEXT NOT NULL,
     PRIMARY KEY (conversation_id, seq)
   );`,
  `CREATE TABLE members (
     id TEXT PRIMARY KEY,
     phone TEXT UNIQUE,
     data TEXT NOT NULL
   );
   CREATE TABLE verification_attempts (
     subject TEXT PRIMARY KEY,
     failures INTEGER NOT NULL,
     locked_until TEXT,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE outcomes (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     type TEXT NOT NULL,
     channel TEXT NOT NULL,
     language TEXT NOT NULL,
     detail TEXT,
     at TEXT NOT NULL
   );
   CREATE INDEX outcomes_at ON outcomes (at);`,
];
