/**
 * Versioned schema changes for PostgreSQL, applied in order at start under an advisory lock (so
 * several instances starting at once apply each one exactly once). Never edit a shipped
 * migration: add one. The tables mirror the SQLite ones; times are timestamptz.
 */
export const postgresMigrations: readonly string[] = [
  `CREATE TABLE bot_state (
     key TEXT PRIMARY KEY,
     etag TEXT NOT NULL,
     value JSONB NOT NULL,
     updated_at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE secrets (
     name TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );
   CREATE TABLE dl_conversations (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL,
     locale TEXT,
     created_at TIMESTAMPTZ NOT NULL,
     last_seq INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE dl_activities (
     conversation_id TEXT NOT NULL REFERENCES dl_conversations(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     body JSONB NOT NULL,
     PRIMARY KEY (conversation_id, seq)
   );
   CREATE TABLE members (
     id TEXT PRIMARY KEY,
     phone TEXT UNIQUE,
     data JSONB NOT NULL
   );
   CREATE TABLE verification_attempts (
     subject TEXT PRIMARY KEY,
     failures INTEGER NOT NULL,
     locked_until TIMESTAMPTZ,
     updated_at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE outcomes (
     id BIGSERIAL PRIMARY KEY,
     type TEXT NOT NULL,
     channel TEXT NOT NULL,
     language TEXT NOT NULL,
     detail TEXT,
     at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX outcomes_at ON outcomes (at);
   CREATE TABLE providers (
     id TEXT PRIMARY KEY,
     specialty TEXT NOT NULL,
     data JSONB NOT NULL
   );
   CREATE INDEX providers_specialty ON providers (specialty);
   CREATE TABLE slots (
     id TEXT PRIMARY KEY,
     provider_id TEXT NOT NULL REFERENCES providers(id),
     starts_at TIMESTAMPTZ NOT NULL,
     minutes INTEGER NOT NULL
   );
   CREATE INDEX slots_provider_start ON slots (provider_id, starts_at);
   CREATE TABLE appointments (
     confirmation TEXT PRIMARY KEY,
     member_id TEXT NOT NULL,
     slot_id TEXT NOT NULL REFERENCES slots(id),
     provider_id TEXT NOT NULL,
     starts_at TIMESTAMPTZ NOT NULL,
     minutes INTEGER NOT NULL,
     status TEXT NOT NULL,
     request_key TEXT NOT NULL UNIQUE,
     booked_at TIMESTAMPTZ NOT NULL,
     cancelled_at TIMESTAMPTZ
   );
   CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (slot_id) WHERE status = 'booked';
   CREATE INDEX appointments_member ON appointments (member_id, starts_at);
   CREATE INDEX appointments_start ON appointments (starts_at) WHERE status = 'booked';
   CREATE TABLE rides (
     confirmation TEXT PRIMARY KEY,
     member_id TEXT NOT NULL,
     appointment TEXT,
     pickup_at TIMESTAMPTZ NOT NULL,
     legs INTEGER NOT NULL,
     status TEXT NOT NULL,
     request_key TEXT NOT NULL UNIQUE,
     data JSONB NOT NULL
   );
   CREATE INDEX rides_member ON rides (member_id, pickup_at);
   CREATE INDEX rides_pickup ON rides (pickup_at);
   CREATE TABLE reminders (
     id TEXT PRIMARY KEY,
     member_id TEXT NOT NULL,
     sent_at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX reminders_member ON reminders (member_id, sent_at);
   CREATE TABLE sms_opt_outs (
     phone TEXT PRIMARY KEY,
     opted_out_at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE sms_receipts (
     message_sid TEXT PRIMARY KEY,
     answer TEXT NOT NULL,
     received_at TIMESTAMPTZ NOT NULL
   );`,
  `CREATE TABLE handoffs (
     id TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     status TEXT NOT NULL,
     agent_id TEXT,
     created_at TIMESTAMPTZ NOT NULL,
     data JSONB NOT NULL
   );
   CREATE UNIQUE INDEX handoffs_one_open ON handoffs (conversation_id) WHERE status IN ('waiting', 'active');
   CREATE INDEX handoffs_status ON handoffs (status, created_at);`,
  `CREATE TABLE agents (
     id TEXT PRIMARY KEY,
     available BOOLEAN NOT NULL,
     password_hash TEXT NOT NULL,
     data JSONB NOT NULL
   );
   CREATE TABLE agent_sessions (
     token_hash TEXT PRIMARY KEY,
     agent_id TEXT NOT NULL,
     csrf_token TEXT NOT NULL,
     expires_at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE audit_log (
     id BIGSERIAL PRIMARY KEY,
     agent_id TEXT NOT NULL,
     action TEXT NOT NULL,
     handoff_id TEXT,
     member_id TEXT,
     at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX audit_log_at ON audit_log (at);
   CREATE TABLE feedback (
     id BIGSERIAL PRIMARY KEY,
     handoff_id TEXT,
     channel TEXT NOT NULL,
     language TEXT NOT NULL,
     reason TEXT,
     satisfaction INTEGER NOT NULL,
     recommendation INTEGER,
     at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX feedback_at ON feedback (at);`,
  `CREATE TABLE transcript_lines (
     seq BIGSERIAL PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     speaker TEXT NOT NULL,
     text TEXT NOT NULL,
     at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX transcript_lines_conversation ON transcript_lines (conversation_id, seq);`,
  `ALTER TABLE outcomes ADD COLUMN conversation_id TEXT;
   CREATE TABLE social_screenings (
     subject TEXT PRIMARY KEY,
     data JSONB NOT NULL,
     at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE not_understood (
     id BIGSERIAL PRIMARY KEY,
     text TEXT NOT NULL,
     language TEXT NOT NULL,
     channel TEXT NOT NULL,
     at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX not_understood_at ON not_understood (at);`,
];
