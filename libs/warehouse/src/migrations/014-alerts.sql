-- Alerts (issue "11 ·", docs/alerts.md): each situation a rule finds is stored once under its key (kind, plan,
-- province, metric, date), and each delivery of it once per recipient and channel, so evaluating again (after a
-- restart, on each change) never raises or delivers the same alert twice. Nothing here is read by a cached figure.
CREATE TABLE alert (
  key           VARCHAR PRIMARY KEY,
  kind          VARCHAR NOT NULL,
  plan_id       VARCHAR,
  province_code VARCHAR,
  metric        VARCHAR,
  date          DATE NOT NULL,
  -- The figures the message is written from, as JSON.
  figures       VARCHAR NOT NULL,
  raised_at     TIMESTAMP NOT NULL
);

-- One row per alert, recipient (account id) and channel: IN_APP is delivered when written; read_at when opened.
CREATE TABLE alert_delivery (
  alert_key  VARCHAR NOT NULL,
  recipient  VARCHAR NOT NULL,
  channel    VARCHAR NOT NULL,
  outcome    VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  read_at    TIMESTAMP,
  PRIMARY KEY (alert_key, recipient, channel)
);
CREATE INDEX alert_delivery_recipient ON alert_delivery (recipient, channel);
