-- Who may see and change what: accounts, API tokens, sessions, one-time sign-in links, the audit log, and the
-- approval of submitted reports. Times are UTC.

-- An account holds one role; provincial roles one province. password_hash is NULL until a password is set (through
-- a one-time link) or for accounts that sign in only through the agency's identity provider. kind "demo" accounts
-- exist only to show each view on a local demo and sign in without a password only while the demo is on.
CREATE TABLE account (
  id                   VARCHAR PRIMARY KEY,
  login                VARCHAR NOT NULL UNIQUE,
  display_name         VARCHAR NOT NULL,
  role                 VARCHAR NOT NULL,
  province_code        VARCHAR,
  kind                 VARCHAR NOT NULL,
  password_hash        VARCHAR,
  password_changed_at  TIMESTAMP,
  must_change_password BOOLEAN NOT NULL,
  oidc_subject         VARCHAR,
  disabled             BOOLEAN NOT NULL,
  failed_sign_ins      INTEGER NOT NULL,
  locked_until         TIMESTAMP,
  created_at           TIMESTAMP NOT NULL,
  created_by           VARCHAR NOT NULL
);

-- Only the SHA-256 of a token is stored; the token itself is shown once.
CREATE TABLE api_token (
  id            VARCHAR PRIMARY KEY,
  token_hash    VARCHAR NOT NULL UNIQUE,
  label         VARCHAR NOT NULL,
  role          VARCHAR NOT NULL,
  province_code VARCHAR,
  account_id    VARCHAR,
  created_at    TIMESTAMP NOT NULL,
  created_by    VARCHAR NOT NULL,
  expires_at    TIMESTAMP NOT NULL,
  revoked_at    TIMESTAMP,
  revoked_by    VARCHAR
);

-- A signed-in browser: the cookie carries the session id (encrypted); only its SHA-256 is stored.
CREATE TABLE auth_session (
  id_hash    VARCHAR PRIMARY KEY,
  account_id VARCHAR NOT NULL,
  via        VARCHAR NOT NULL,
  origin     VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  ended_at   TIMESTAMP
);

CREATE TABLE sign_in_link (
  id_hash    VARCHAR PRIMARY KEY,
  account_id VARCHAR NOT NULL,
  purpose    VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  used_at    TIMESTAMP
);

-- Keys the server makes once and keeps with the data (the session cookie key).
CREATE TABLE server_secret (
  name       VARCHAR PRIMARY KEY,
  value      VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL
);

-- Every change, appended; no statement of the application updates or deletes a row of it.
CREATE SEQUENCE audit_event_id;
CREATE TABLE audit_event (
  id         BIGINT PRIMARY KEY DEFAULT nextval('audit_event_id'),
  occurred_at TIMESTAMP NOT NULL,
  actor      VARCHAR NOT NULL,
  actor_role VARCHAR,
  via        VARCHAR NOT NULL,
  origin     VARCHAR NOT NULL,
  action     VARCHAR NOT NULL,
  target     VARCHAR,
  outcome    VARCHAR NOT NULL,
  detail     VARCHAR NOT NULL
);

-- Approval: who sent an import, for which province (a form report), and who must approve it. Imports made before
-- approval existed were headquarters' own and count as approved.
DROP INDEX actual_import_hash;
ALTER TABLE actual_import ADD COLUMN submitted_by_role VARCHAR DEFAULT 'data-officer';
ALTER TABLE actual_import ADD COLUMN province_code VARCHAR;
ALTER TABLE actual_import ADD COLUMN approval_required VARCHAR DEFAULT 'NONE';
CREATE INDEX actual_import_hash ON actual_import (plan_id, content_hash);

-- A decision is made once per report; a correction is a new report.
CREATE TABLE report_decision (
  import_id  BIGINT PRIMARY KEY,
  decision   VARCHAR NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
  reason     VARCHAR,
  decided_at TIMESTAMP NOT NULL,
  decided_by VARCHAR NOT NULL
);

-- The submissions that count: the shipped sample rows (no import), imports that needed no approval, and approved
-- ones. Everything that makes A(d), national totals, ranks and scores reads this view.
CREATE VIEW counted_actual_report AS
SELECT r.*
FROM actual_report r
LEFT JOIN actual_import i ON i.id = r.import_id
LEFT JOIN report_decision d ON d.import_id = r.import_id
WHERE r.import_id IS NULL OR coalesce(i.approval_required, 'NONE') = 'NONE' OR d.decision = 'APPROVED';
