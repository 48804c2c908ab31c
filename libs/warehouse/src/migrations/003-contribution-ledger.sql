-- Employers and their monthly contribution ledger (amounts in VND). Each ledger import replaces the ledger
-- whole, in one transaction; ledger_import keeps the record of every import.
CREATE SEQUENCE ledger_import_id;

CREATE TABLE ledger_import (
  id           BIGINT PRIMARY KEY,
  source       VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,
  imported_at  TIMESTAMP NOT NULL,
  imported_by  VARCHAR NOT NULL,
  synthetic    BOOLEAN NOT NULL,
  employers    BIGINT NOT NULL,
  dues         BIGINT NOT NULL,
  payments     BIGINT NOT NULL,
  first_month  DATE NOT NULL,
  last_month   DATE NOT NULL
);

CREATE TABLE employer (
  id            VARCHAR NOT NULL,
  name          VARCHAR NOT NULL,
  province_code VARCHAR NOT NULL,
  district      VARCHAR NOT NULL,
  ownership     VARCHAR NOT NULL,
  workers       INTEGER NOT NULL,
  import_id     BIGINT NOT NULL,
  -- A number for the derived tables: integer keys sort and join far faster than text on two cores.
  employer_no   INTEGER NOT NULL
);

-- The contribution due for a month (first day of the month), and the payments with the day they were paid.
CREATE TABLE contribution_due (
  employer_id VARCHAR NOT NULL,
  month       DATE NOT NULL,
  amount      BIGINT NOT NULL
);

CREATE TABLE contribution_payment (
  employer_id VARCHAR NOT NULL,
  paid_on     DATE NOT NULL,
  amount      BIGINT NOT NULL
);

-- Derived at import, one row per employer and month of the ledger, sorted by month: the cumulative dues at the
-- month and at the cut-offs the age buckets need, and the payments made by the end of the month. Everything the
-- late-payment figures of any date need is on one row (see docs/late-payment.md).
CREATE TABLE ledger_month (
  month         DATE NOT NULL,
  province_code VARCHAR NOT NULL,
  employer_no   INTEGER NOT NULL,
  due           BIGINT NOT NULL,
  cum_due       BIGINT NOT NULL,
  cum_due_lag1  BIGINT NOT NULL,
  cum_due_lag2  BIGINT NOT NULL,
  cum_due_lag4  BIGINT NOT NULL,
  ytd_due       BIGINT NOT NULL,
  cum_paid      BIGINT NOT NULL
);

-- Month-end figures per province, derived with ledger_month: the trend reads 63 rows a month, not the ledger.
CREATE TABLE ledger_province_month (
  month         DATE NOT NULL,
  province_code VARCHAR NOT NULL,
  employers     BIGINT NOT NULL,
  receivable    BIGINT NOT NULL,
  overdue       BIGINT NOT NULL
);
