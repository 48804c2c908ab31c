-- Provinces carry the unit set they belong to: the 63 units of 2004–June 2025 ("vn63-2004"). The 2025
-- merger reuses codes for other units, so a later set is added beside this one, never over it.
CREATE TABLE province (
  unit_set   VARCHAR NOT NULL,
  code       VARCHAR NOT NULL CHECK (regexp_full_match(code, '[0-9]{2}')),
  name_vi    VARCHAR NOT NULL,
  name_en    VARCHAR NOT NULL,
  type       VARCHAR NOT NULL,
  region_vi  VARCHAR NOT NULL,
  region_en  VARCHAR NOT NULL,
  PRIMARY KEY (unit_set, code)
);

CREATE TABLE metric (
  key              VARCHAR PRIMARY KEY,
  label_vi         VARCHAR NOT NULL,
  short_label_vi   VARCHAR NOT NULL,
  label_en         VARCHAR NOT NULL,
  unit             VARCHAR NOT NULL,
  unit_vi          VARCHAR NOT NULL,
  higher_is_better BOOLEAN NOT NULL,
  appendix         VARCHAR NOT NULL,
  block            INTEGER NOT NULL
);

CREATE TABLE plan (
  id               VARCHAR PRIMARY KEY,
  title            VARCHAR NOT NULL,
  issuing_document VARCHAR NOT NULL,
  issued_on        DATE NOT NULL,
  issuer           VARCHAR NOT NULL,
  period_start     DATE NOT NULL,
  period_end       DATE NOT NULL,
  unit_set         VARCHAR NOT NULL,
  CHECK (period_start <= period_end)
);

CREATE TABLE plan_report_date (
  plan_id     VARCHAR NOT NULL,
  report_date DATE NOT NULL,
  PRIMARY KEY (plan_id, report_date)
);

-- Each import of a plan's tables is a version; nothing of an earlier version is overwritten.
CREATE TABLE plan_version (
  plan_id      VARCHAR NOT NULL,
  version      INTEGER NOT NULL,
  content_hash VARCHAR NOT NULL,
  imported_at  TIMESTAMP NOT NULL,
  imported_by  VARCHAR NOT NULL,
  source       VARCHAR NOT NULL,
  PRIMARY KEY (plan_id, version)
);

-- Published quota cells, stored as published: value is the number, published_text the cell as printed.
-- province_code NULL is the published national row ("Toàn quốc"); month NULL is the period total ("Tổng số").
CREATE TABLE plan_target (
  plan_id        VARCHAR NOT NULL,
  version        INTEGER NOT NULL,
  metric         VARCHAR NOT NULL,
  province_code  VARCHAR,
  published_name VARCHAR NOT NULL,
  month          VARCHAR CHECK (month IS NULL OR regexp_full_match(month, '[0-9]{4}-[0-9]{2}')),
  value          DOUBLE NOT NULL CHECK (value >= 0),
  published_text VARCHAR NOT NULL,
  source_file    VARCHAR NOT NULL,
  source_line    INTEGER NOT NULL,
  source_column  INTEGER NOT NULL
);

CREATE SEQUENCE actual_report_id;

-- Reports of provinces against the plan; only ever appended to. A later submission for the same province,
-- metric and report date is a revision that supersedes the earlier one in queries; both stay.
CREATE TABLE actual_report (
  id               BIGINT PRIMARY KEY DEFAULT nextval('actual_report_id'),
  plan_id          VARCHAR NOT NULL,
  province_code    VARCHAR NOT NULL,
  metric           VARCHAR NOT NULL,
  report_date      DATE NOT NULL,
  cumulative_value DOUBLE NOT NULL CHECK (cumulative_value >= 0),
  submitted_at     TIMESTAMP NOT NULL,
  source           VARCHAR NOT NULL,
  source_row       INTEGER,
  synthetic        BOOLEAN NOT NULL
);

CREATE INDEX actual_report_lookup ON actual_report (plan_id, metric, report_date);
