-- Alerts, second part (issue "11 ·", docs/alerts.md): headquarters' thresholds with their history, each user's
-- alert choices, and the messages sent outside the app (e-mail digests, webhook posts) with a log of every
-- attempt. Everything here is appended to, never updated: the latest row is in force, and what was in force, sent
-- or tried at any moment can be read back.

-- Thresholds of a plan (scope = the plan's id) or agency-wide (scope '*': the late-payment threshold, and every
-- threshold of a plan without its own). A NULL column takes the agency-wide value, then the default.
CREATE TABLE alert_threshold (
  scope              VARCHAR NOT NULL,
  version            INTEGER NOT NULL,
  rank_drop          INTEGER,
  pace_multiple      DOUBLE,
  late_payment_ratio DOUBLE,
  approval_wait_days INTEGER,
  set_at             TIMESTAMP NOT NULL,
  set_by             VARCHAR NOT NULL,
  note               VARCHAR NOT NULL,
  PRIMARY KEY (scope, version)
);

-- A user's choices: the kinds they want (JSON list), where e-mail goes (NULL: none), the digest (DAILY,
-- REPORT_DATE or NONE) and the language of their messages. No row: every kind their role gets, no e-mail.
CREATE TABLE alert_preference (
  account_id VARCHAR NOT NULL,
  version    INTEGER NOT NULL,
  kinds      VARCHAR NOT NULL,
  email      VARCHAR,
  digest     VARCHAR NOT NULL,
  language   VARCHAR NOT NULL,
  set_at     TIMESTAMP NOT NULL,
  set_by     VARCHAR NOT NULL,
  PRIMARY KEY (account_id, version)
);

-- A message to send outside the app, composed once: id = channel|recipient|slot, so a digest slot or a webhook
-- batch is composed once whatever the number of evaluations and restarts. alert_keys: the alerts it carries.
CREATE TABLE alert_message (
  id          VARCHAR PRIMARY KEY,
  channel     VARCHAR NOT NULL,
  recipient   VARCHAR NOT NULL,
  address     VARCHAR NOT NULL,
  slot        VARCHAR NOT NULL,
  subject     VARCHAR NOT NULL,
  body_text   VARCHAR NOT NULL,
  body_html   VARCHAR,
  alert_keys  VARCHAR NOT NULL,
  created_at  TIMESTAMP NOT NULL
);

-- The delivery log: one row per step of each attempt. PENDING when composed; SENDING is written and committed
-- before the message leaves; then SENT (with the server's answer), RETRY (with when to try again) or FAILED.
CREATE TABLE alert_message_event (
  message_id VARCHAR NOT NULL,
  seq        INTEGER NOT NULL,
  state      VARCHAR NOT NULL,
  event_at   TIMESTAMP NOT NULL,
  detail     VARCHAR,
  retry_at   TIMESTAMP,
  PRIMARY KEY (message_id, seq)
);

-- The report dates whose alerts were evaluated, per plan: after a stop, every report date that ended since the last
-- one evaluated is caught up at the next start (a plan never evaluated starts from its latest ended date).
CREATE TABLE alert_evaluation (
  plan_id      VARCHAR NOT NULL,
  report_date  DATE NOT NULL,
  evaluated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (plan_id, report_date)
);
