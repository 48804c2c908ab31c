-- Each file (or form) of actuals is one import; the same content again is recognised by its hash.
CREATE SEQUENCE actual_import_id;

CREATE TABLE actual_import (
  id             BIGINT PRIMARY KEY DEFAULT nextval('actual_import_id'),
  plan_id        VARCHAR NOT NULL,
  content_hash   VARCHAR NOT NULL,
  source         VARCHAR NOT NULL,
  imported_at    TIMESTAMP NOT NULL,
  imported_by    VARCHAR NOT NULL,
  rows_stored    INTEGER NOT NULL,
  rows_unchanged INTEGER NOT NULL
);

CREATE INDEX actual_import_hash ON actual_import (plan_id, content_hash);

-- Which import a submission came with (NULL for rows written before imports were recorded).
DROP INDEX actual_report_lookup;
ALTER TABLE actual_report ADD COLUMN import_id BIGINT;
CREATE INDEX actual_report_lookup ON actual_report (plan_id, metric, report_date);

-- Suspicious but possible figures, stored as sent and listed for headquarters.
CREATE TABLE data_quality_warning (
  plan_id        VARCHAR NOT NULL,
  import_id      BIGINT NOT NULL,
  province_code  VARCHAR NOT NULL,
  metric         VARCHAR NOT NULL,
  report_date    DATE NOT NULL,
  kind           VARCHAR NOT NULL,
  value          DOUBLE NOT NULL,
  previous_value DOUBLE,
  period_total   DOUBLE,
  message        VARCHAR NOT NULL,
  source         VARCHAR NOT NULL,
  detected_at    TIMESTAMP NOT NULL
);
