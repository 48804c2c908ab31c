-- Builds the next ledger in temporary tables (never written to the database file) from the staged, checked files:
-- what the late-payment queries read (ledger_arrears, ledger_due, ledger_province_month, ledger_payment_day), in
-- the order they read it. Nothing here touches the live ledger; ledger-commit.sql swaps it in, in one short
-- transaction.
-- Read by ledger-read.sql and checked by ledger-problems.sql: every value is in range, so the casts hold.
CREATE OR REPLACE TEMP TABLE next_bounds AS
SELECT CAST(min(date_trunc('month', month)) AS DATE) AS first_month, CAST(max(date_trunc('month', month)) AS DATE) AS last_month,
  date_diff('month', min(date_trunc('month', month)), max(date_trunc('month', month))) AS n
FROM next_due_row;
-- A month has one due per employer (ledger-problems.sql refuses a second), so dues need no grouping.
CREATE OR REPLACE TEMP TABLE next_due_k AS
SELECT d.employer_no, CAST(date_diff('month', b.first_month, d.month) AS SMALLINT) AS k, CAST(d.amount AS BIGINT) AS due
FROM next_due_row d CROSS JOIN next_bounds b;
DROP TABLE next_due_row;
-- Payments after the last month's end are not part of the ledger yet.
CREATE OR REPLACE TEMP TABLE next_payment_no AS
SELECT p.paid_on, p.employer_no, CAST(p.amount AS BIGINT) AS amount
FROM next_payment_row p CROSS JOIN next_bounds b
WHERE p.paid_on <= last_day(b.last_month);
DROP TABLE next_payment_row;
-- Payments made before the first month count in the first.
CREATE OR REPLACE TEMP TABLE next_paid_k AS
SELECT p.employer_no, CAST(greatest(date_diff('month', b.first_month, p.paid_on), 0) AS SMALLINT) AS k,
  sum(p.amount) AS paid
FROM next_payment_no p CROSS JOIN next_bounds b
GROUP BY ALL;
-- The employers in arrears at the start of each month: one row per employer and month from its first due or
-- payment to the last month of the ledger (consecutive months, so the dues of the months before are shifts of one
-- window), kept where the dues of the months before exceed the payments of those months (payments before the
-- first month count in the first). What was overdue when the month began is that balance; the part older than
-- one month is the balance less last month's due, older than three months less the last three dues. Any other
-- row has nothing overdue on any day of its month. Sorted by month (and employer number, hence province), so a
-- query for one date reads only that month's rows.
CREATE OR REPLACE TEMP TABLE next_arrears AS
WITH span AS (
  SELECT employer_no, min(k) AS k0
  FROM (SELECT employer_no, k FROM next_due_k UNION ALL SELECT employer_no, k FROM next_paid_k)
  GROUP BY employer_no
),
grid AS (
  SELECT employer_no, CAST(unnest(range(k0, (SELECT n FROM next_bounds) + 1)) AS SMALLINT) AS k FROM span
),
filled AS (
  SELECT g.employer_no, g.k, coalesce(d.due, 0) AS due, coalesce(p.paid, 0) AS paid
  FROM grid g
  LEFT JOIN next_due_k d ON d.employer_no = g.employer_no AND d.k = g.k
  LEFT JOIN next_paid_k p ON p.employer_no = g.employer_no AND p.k = g.k
),
shifted AS (
  SELECT employer_no, k, paid,
    sum(due - paid) OVER y - (due - paid) AS balance,
    lag(due, 1, 0) OVER y AS d1,
    lag(due, 2, 0) OVER y AS d2,
    lag(due, 3, 0) OVER y AS d3
  FROM filled
  WINDOW y AS (PARTITION BY employer_no ORDER BY k)
)
SELECT CAST(date_add((SELECT first_month FROM next_bounds), INTERVAL (s.k) MONTH) AS DATE) AS month,
  e.province_code, s.employer_no,
  CAST(s.balance AS BIGINT) AS overdue,
  CAST(greatest(s.balance - s.d1, 0) AS BIGINT) AS overdue_1,
  CAST(greatest(s.balance - s.d1 - s.d2 - s.d3, 0) AS BIGINT) AS overdue_3,
  CAST(s.paid AS BIGINT) AS paid_in_month
FROM shifted s JOIN next_employer e ON e.employer_no = s.employer_no
WHERE s.balance > 0
ORDER BY s.k, s.employer_no;
-- Month-end figures per province, from small aggregates: an employer counts from its first month with a due;
-- the receivable is the province's dues of the year to the month; the overdue at the month's end is what was
-- overdue when it began less the month's payments, over the employers in arrears.
CREATE OR REPLACE TEMP TABLE next_province_month AS
WITH province_span AS (
  SELECT e.province_code, min(k) AS k0
  FROM (SELECT employer_no, k FROM next_due_k UNION ALL SELECT employer_no, k FROM next_paid_k) x
  JOIN next_employer e ON e.employer_no = x.employer_no
  GROUP BY ALL
),
grid AS (
  SELECT province_code, CAST(unnest(range(k0, (SELECT n FROM next_bounds) + 1)) AS SMALLINT) AS k FROM province_span
),
dues AS (
  SELECT e.province_code, d.k, sum(d.due) AS due
  FROM next_due_k d JOIN next_employer e ON e.employer_no = d.employer_no
  GROUP BY ALL
),
starts AS (
  SELECT e.province_code, s.k, count(*) AS employers
  FROM (SELECT employer_no, min(k) AS k FROM next_due_k WHERE due > 0 GROUP BY employer_no) s
  JOIN next_employer e ON e.employer_no = s.employer_no
  GROUP BY ALL
),
overdue AS (
  SELECT month, province_code, sum(greatest(overdue - paid_in_month, 0)) AS overdue FROM next_arrears GROUP BY ALL
),
months AS (
  SELECT g.province_code, g.k,
    CAST(date_add((SELECT first_month FROM next_bounds), INTERVAL (g.k) MONTH) AS DATE) AS month,
    coalesce(d.due, 0) AS due, coalesce(s.employers, 0) AS starts
  FROM grid g
  LEFT JOIN dues d ON d.province_code = g.province_code AND d.k = g.k
  LEFT JOIN starts s ON s.province_code = g.province_code AND s.k = g.k
)
SELECT m.month, m.province_code,
  CAST(sum(m.starts) OVER (PARTITION BY m.province_code ORDER BY m.k) AS BIGINT) AS employers,
  CAST(sum(m.due) OVER (PARTITION BY m.province_code, year(m.month) ORDER BY m.k) AS BIGINT) AS receivable,
  CAST(coalesce(o.overdue, 0) AS BIGINT) AS overdue
FROM months m LEFT JOIN overdue o ON o.month = m.month AND o.province_code = m.province_code;
-- Each employer's dues in month order (for a listed employer's receivable and oldest unpaid month): an employer's
-- due rarely changes, so sorted by employer the amounts compress to runs.
CREATE OR REPLACE TEMP TABLE next_due_month AS
SELECT d.employer_no, CAST(date_add(b.first_month, INTERVAL (d.k) MONTH) AS DATE) AS month, d.due
FROM next_due_k d CROSS JOIN next_bounds b
ORDER BY d.employer_no, d.k;
-- The payments that can change a figure within their month: those of employers in arrears that month, sorted by
-- day, so the payments after an as-of date are read from a few row groups.
CREATE OR REPLACE TEMP TABLE next_payment_day AS
SELECT p.paid_on, p.employer_no, p.amount
FROM next_payment_no p
SEMI JOIN next_arrears a ON a.employer_no = p.employer_no AND a.month = date_trunc('month', p.paid_on)
ORDER BY p.paid_on, p.employer_no;
DROP TABLE next_paid_k;
DROP TABLE next_due_k;
DROP TABLE next_payment_no;
