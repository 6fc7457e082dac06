-- Users, sessions, cases, audit log and snapshot history of Birtizim.
CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'district_officer', 'auditor', 'viewer')),
  districts TEXT[] NOT NULL DEFAULT '{}',
  password_hash TEXT NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT false,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (role <> 'district_officer' OR cardinality(districts) > 0)
);

-- The id is the SHA-256 of the cookie token: a leaked table does not hand out sessions.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  purpose TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Law 94-V: every access to personal data is logged. Rows are chained by hash, and the
-- triggers below make the table append-only for everyone, the application included.
CREATE TABLE audit_log (
  seq BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  user_id INTEGER,
  login TEXT,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  purpose TEXT,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_target ON audit_log (target);

CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% rejected)', TG_OP;
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change();

-- One row per verify run seen in the workspace, with the comparison to the run before.
CREATE TABLE snapshots (
  run_id TEXT PRIMARY KEY,
  snapshot_id TEXT,
  as_of TEXT,
  started_at TEXT,
  previous_run_id TEXT,
  findings INTEGER NOT NULL DEFAULT 0,
  new_count INTEGER NOT NULL DEFAULT 0,
  persisting_count INTEGER NOT NULL DEFAULT 0,
  resolved_count INTEGER NOT NULL DEFAULT 0,
  recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A case follows a finding by its stable finding_id, so it carries over to every run in
-- which the finding persists.
CREATE TABLE cases (
  id SERIAL PRIMARY KEY,
  finding_id TEXT NOT NULL UNIQUE,
  rule_id TEXT NOT NULL,
  district TEXT,
  subject_id TEXT NOT NULL,
  period TEXT,
  amount_kzt NUMERIC(18, 2),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed', 'closed')),
  assignee_id INTEGER REFERENCES users(id),
  decision TEXT CHECK (decision IN ('confirmed', 'dismissed')),
  dismiss_reason TEXT,
  amount_confirmed_kzt NUMERIC(18, 2),
  amount_recovered_kzt NUMERIC(18, 2),
  opened_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  opened_by INTEGER NOT NULL REFERENCES users(id),
  last_seen_run_id TEXT
);
CREATE INDEX cases_district ON cases (district);
CREATE INDEX cases_rule ON cases (rule_id);

CREATE TABLE case_events (
  id SERIAL PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  user_id INTEGER NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL CHECK (kind IN ('opened', 'assigned', 'commented', 'decided', 'recovered', 'closed')),
  body JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_case ON case_events (case_id);

CREATE TABLE import_jobs (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  started_by TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at TIMESTAMPTZ,
  files TEXT[] NOT NULL DEFAULT '{}',
  run_id TEXT,
  error JSONB
);
