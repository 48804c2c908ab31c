-- Outcomes of compliance cases become records like the steps: appended with who recorded them and when, with
-- the workers registered, the contribution recovered and the document, instead of columns written with the case
-- (which only the synthetic data could fill). The outcomes already stored move over as they are. A case has at
-- most one outcome: the domain's outcomeRefusal refuses a second, and a case that has ended is never reopened.
-- Listings keep the rest of what a list from the tax authority gives: the address and the declared wage fund.
CREATE TABLE compliance_outcome (
  case_id                BIGINT NOT NULL,
  kind                   VARCHAR NOT NULL CHECK (kind IN ('REGISTERED', 'PARTLY_REGISTERED', 'CLOSED_DISSOLVED',
                           'CLOSED_NO_WORKERS', 'CLOSED_WRONG_DATA')),
  done_on                DATE NOT NULL,
  workers_registered     INTEGER NOT NULL CHECK (workers_registered >= 0),
  -- VND, as the province records it with the outcome.
  contribution_recovered BIGINT NOT NULL CHECK (contribution_recovered >= 0),
  document               VARCHAR,
  recorded_by            VARCHAR NOT NULL,
  recorded_at            TIMESTAMP NOT NULL
);

INSERT INTO compliance_outcome
SELECT id, outcome, outcome_on, workers_registered, 0, NULL,
  CASE WHEN synthetic THEN 'system:synthetic' ELSE 'system:migration' END, outcome_on + INTERVAL 17 HOUR
FROM compliance_case
WHERE outcome IS NOT NULL;

-- The case keeps who it is about and when it opened; its outcome columns go (DuckDB cannot drop a column a CHECK
-- names, so the table is rebuilt).
DROP INDEX compliance_case_tax_code;
CREATE TABLE compliance_case_rebuilt (
  id            BIGINT PRIMARY KEY,
  tax_code      VARCHAR NOT NULL CHECK (regexp_full_match(tax_code, '[0-9]{10}(-[0-9]{3})?')),
  province_code VARCHAR NOT NULL,
  opened_on     DATE NOT NULL,
  synthetic     BOOLEAN NOT NULL
);
INSERT INTO compliance_case_rebuilt SELECT id, tax_code, province_code, opened_on, synthetic FROM compliance_case;
DROP TABLE compliance_case;
ALTER TABLE compliance_case_rebuilt RENAME TO compliance_case;
CREATE INDEX compliance_case_tax_code ON compliance_case (tax_code);

ALTER TABLE compliance_listing ADD COLUMN address VARCHAR;
-- VND a month, as declared; NULL when the list does not give it.
ALTER TABLE compliance_listing ADD COLUMN wage_fund BIGINT;
