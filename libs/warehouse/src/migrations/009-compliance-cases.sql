-- The employer compliance workflow (docs/compliance.md): a case per employer (by tax code, mã số thuế) followed
-- from the list it came on until its outcome, the listings that opened and continued it, and its steps. Only
-- ever appended to: a step is never changed or removed (a correction is a later step); a case's outcome is
-- written once, when the case ends, and a case that has ended is never reopened (a later listing opens a new
-- case). The CHECK lists are the domain's (ComplianceOutcomeKind, ComplianceListKind, COMPLIANCE_STEPS); the
-- warehouse spec compares them with it.
CREATE TABLE compliance_case (
  id                 BIGINT PRIMARY KEY,
  tax_code           VARCHAR NOT NULL CHECK (regexp_full_match(tax_code, '[0-9]{10}(-[0-9]{3})?')),
  province_code      VARCHAR NOT NULL,
  opened_on          DATE NOT NULL,
  outcome            VARCHAR CHECK (outcome IN ('REGISTERED', 'PARTLY_REGISTERED', 'CLOSED_DISSOLVED',
                       'CLOSED_NO_WORKERS', 'CLOSED_WRONG_DATA')),
  outcome_on         DATE,
  workers_registered INTEGER NOT NULL DEFAULT 0 CHECK (workers_registered >= 0),
  synthetic          BOOLEAN NOT NULL,
  CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
  CHECK (outcome_on IS NULL OR outcome_on >= opened_on)
);

CREATE INDEX compliance_case_tax_code ON compliance_case (tax_code);

-- Each appearance of the employer on a list (02a-KT / 03a-KT), as received; the first opened the case.
CREATE TABLE compliance_listing (
  case_id       BIGINT NOT NULL,
  kind          VARCHAR NOT NULL CHECK (kind IN ('NOT_PARTICIPATING', 'NOT_FULLY_PARTICIPATING')),
  received_on   DATE NOT NULL,
  workers       INTEGER NOT NULL CHECK (workers >= 0),
  employer_name VARCHAR NOT NULL,
  district      VARCHAR NOT NULL,
  -- The file (or "synthetic") the listing came from, and its row there when there is one.
  source        VARCHAR NOT NULL,
  source_row    INTEGER
);

CREATE TABLE compliance_step (
  case_id     BIGINT NOT NULL,
  kind        VARCHAR NOT NULL CHECK (kind IN ('LIST_RECEIVED', 'ENTERED', 'NOTICE_SENT', 'CONFERENCE_INVITED',
                'CONFERENCE_HELD', 'INSPECTION_SCHEDULED', 'INSPECTION_DONE', 'SPECIALISED_INSPECTION',
                'POLICE_REFERRAL')),
  -- The day the step was done (the domain's ComplianceStep.on; "on" itself is an SQL keyword).
  done_on     DATE NOT NULL,
  -- The document's number as issued (e.g. "125/TB-BHXH"); NULL for a step without one.
  document    VARCHAR,
  recorded_by VARCHAR NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);
