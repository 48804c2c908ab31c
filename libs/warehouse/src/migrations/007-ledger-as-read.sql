-- The ledger stored as the late-payment queries read it, and nothing more (docs/late-payment.md, "Storage"): the
-- raw dues and payments (read by no query) and the full employer × month grid give way to
--   ledger_arrears      the rows a late-payment figure can count: an employer and month with dues older than the
--                       month still unpaid when it began (about a third of the grid), sorted by month;
--   ledger_due          each employer's dues, sorted by employer (runs of equal amounts);
--   ledger_payment_day  only the payments of employers in arrears in their month, by day, without the province.
-- A database that holds a ledger has it rebuilt from the tables it replaces, in this migration's transaction.
CREATE TABLE ledger_arrears (
  month         DATE NOT NULL,
  province_code VARCHAR NOT NULL,
  employer_no   INTEGER NOT NULL,
  -- Overdue when the month began (dues of earlier months not yet paid), and the parts older than one and three
  -- months; on a day of the month each is less what was paid in the month by that day.
  overdue       BIGINT NOT NULL,
  overdue_1     BIGINT NOT NULL,
  overdue_3     BIGINT NOT NULL,
  paid_in_month BIGINT NOT NULL
);

CREATE TABLE ledger_due (
  employer_no INTEGER NOT NULL,
  month       DATE NOT NULL,
  due         BIGINT NOT NULL
);

INSERT INTO ledger_arrears
SELECT month, province_code, employer_no, cum_due_lag1 - (cum_paid - paid), greatest(cum_due_lag2 - (cum_paid - paid), 0),
  greatest(cum_due_lag4 - (cum_paid - paid), 0), paid
FROM (
  SELECT *, cum_paid - coalesce(lag(cum_paid) OVER (PARTITION BY employer_no ORDER BY month), 0) AS paid
  FROM ledger_month
)
WHERE cum_due_lag1 - (cum_paid - paid) > 0
ORDER BY month, province_code, employer_no;

INSERT INTO ledger_due
SELECT e.employer_no, d.month, d.amount
FROM contribution_due d JOIN employer e ON e.id = d.employer_id
ORDER BY e.employer_no, d.month;

CREATE TABLE ledger_payment_day_next AS
SELECT p.paid_on, p.employer_no, p.amount
FROM ledger_payment_day p
SEMI JOIN ledger_arrears a ON a.employer_no = p.employer_no AND a.month = date_trunc('month', p.paid_on)
ORDER BY p.paid_on, p.employer_no;

DROP TABLE ledger_payment_day;
DROP TABLE ledger_month;
DROP TABLE contribution_payment;
DROP TABLE contribution_due;

CREATE TABLE ledger_payment_day (
  paid_on     DATE NOT NULL,
  employer_no INTEGER NOT NULL,
  amount      BIGINT NOT NULL
);
INSERT INTO ledger_payment_day SELECT * FROM ledger_payment_day_next;
DROP TABLE ledger_payment_day_next;
