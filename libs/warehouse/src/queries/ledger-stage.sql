-- Builds the next ledger in temporary tables (in memory, never written to the database file) from the staged,
-- checked files: the raw rows as typed, and the derived ledger_month, ledger_province_month and
-- ledger_payment_day. Nothing here touches the live ledger; ledger-commit.sql swaps it in, in one short
-- transaction.
CREATE OR REPLACE TEMP TABLE next_employer AS
SELECT trim(employer_id) AS id, trim(name) AS name, province AS province_code, coalesce(district, '') AS district,
  coalesce(ownership, '') AS ownership, CAST(workers_v AS INTEGER) AS workers,
  CAST(row_number() OVER () AS INTEGER) AS employer_no
FROM staged_employers;
CREATE OR REPLACE TEMP TABLE next_due AS
SELECT trim(employer_id) AS employer_id, CAST(date_trunc('month', month_v) AS DATE) AS month,
  CAST(amount_v AS BIGINT) AS amount
FROM staged_dues;
CREATE OR REPLACE TEMP TABLE next_payment AS
SELECT trim(employer_id) AS employer_id, paid_on_v AS paid_on, CAST(amount_v AS BIGINT) AS amount
FROM staged_payments;
CREATE OR REPLACE TEMP TABLE next_bounds AS
SELECT min(month) AS first_month, max(month) AS last_month, date_diff('month', min(month), max(month)) AS n
FROM next_due;
-- Dues and payments by employer number, joined to the employers by their text id once. A month has one due per
-- employer (ledger-problems.sql refuses a second), so dues need no grouping.
CREATE OR REPLACE TEMP TABLE next_due_k AS
SELECT e.employer_no, CAST(date_diff('month', b.first_month, d.month) AS SMALLINT) AS k, d.amount AS due
FROM next_due d JOIN next_employer e ON e.id = d.employer_id CROSS JOIN next_bounds b;
-- Payments after the last month's end are not part of the ledger yet. Sorted by day, so the payments after an
-- as-of date within its month are read from a few row groups.
CREATE OR REPLACE TEMP TABLE next_payment_day AS
SELECT p.paid_on, e.province_code, e.employer_no, p.amount
FROM next_payment p JOIN next_employer e ON e.id = p.employer_id CROSS JOIN next_bounds b
WHERE p.paid_on <= last_day(b.last_month)
ORDER BY p.paid_on;
-- Payments made before the first month count in the first.
CREATE OR REPLACE TEMP TABLE next_paid_k AS
SELECT p.employer_no, CAST(greatest(date_diff('month', b.first_month, p.paid_on), 0) AS SMALLINT) AS k,
  sum(p.amount) AS paid
FROM next_payment_day p CROSS JOIN next_bounds b
GROUP BY ALL;
-- One row per employer and month from its first due or payment to the last month of the ledger. The rows of an
-- employer are consecutive months, so every cut-off is a shift: cumulative dues before this month, before last
-- month and before four months ago; the year's dues are this month's and those of the previous (month of
-- year − 1) rows. Shifts of one window cost far less than a window frame each. Sorted by month, so the rows of
-- one month sit together and a query for a date reads only them.
CREATE OR REPLACE TEMP TABLE next_month AS
WITH span AS (
  SELECT s.employer_no, e.province_code, s.k0
  FROM (
    SELECT employer_no, min(k) AS k0
    FROM (SELECT employer_no, k FROM next_due_k UNION ALL SELECT employer_no, k FROM next_paid_k)
    GROUP BY employer_no
  ) s JOIN next_employer e ON e.employer_no = s.employer_no
),
grid AS (
  SELECT employer_no, province_code, CAST(unnest(range(k0, (SELECT n FROM next_bounds) + 1)) AS SMALLINT) AS k
  FROM span
),
filled AS (
  SELECT g.employer_no, g.province_code, g.k, CAST(coalesce(d.due, 0) AS BIGINT) AS due,
    CAST(coalesce(p.paid, 0) AS BIGINT) AS paid
  FROM grid g
  LEFT JOIN next_due_k d ON d.employer_no = g.employer_no AND d.k = g.k
  LEFT JOIN next_paid_k p ON p.employer_no = g.employer_no AND p.k = g.k
),
shifted AS (
  SELECT employer_no, province_code, k, due,
    (month((SELECT first_month FROM next_bounds)) - 1 + k) % 12 AS moy,
    sum(due) OVER y AS cum_due,
    sum(paid) OVER y AS cum_paid,
    lag(due, 1, 0) OVER y AS d1,
    lag(due, 2, 0) OVER y AS d2,
    lag(due, 3, 0) OVER y AS d3,
    lag(due, 4, 0) OVER y AS d4,
    lag(due, 5, 0) OVER y AS d5,
    lag(due, 6, 0) OVER y AS d6,
    lag(due, 7, 0) OVER y AS d7,
    lag(due, 8, 0) OVER y AS d8,
    lag(due, 9, 0) OVER y AS d9,
    lag(due, 10, 0) OVER y AS d10,
    lag(due, 11, 0) OVER y AS d11
  FROM filled
  WINDOW y AS (PARTITION BY employer_no ORDER BY k)
)
SELECT CAST(date_add((SELECT first_month FROM next_bounds), INTERVAL (k) MONTH) AS DATE) AS month,
  province_code, employer_no, due, CAST(cum_due AS BIGINT) AS cum_due,
  CAST(cum_due - due AS BIGINT) AS cum_due_lag1,
  CAST(cum_due - due - d1 AS BIGINT) AS cum_due_lag2,
  CAST(cum_due - due - d1 - d2 - d3 AS BIGINT) AS cum_due_lag4,
  CAST(due + CASE WHEN moy >= 1 THEN d1 ELSE 0 END + CASE WHEN moy >= 2 THEN d2 ELSE 0 END + CASE WHEN moy >= 3 THEN d3 ELSE 0 END + CASE WHEN moy >= 4 THEN d4 ELSE 0 END + CASE WHEN moy >= 5 THEN d5 ELSE 0 END + CASE WHEN moy >= 6 THEN d6 ELSE 0 END + CASE WHEN moy >= 7 THEN d7 ELSE 0 END + CASE WHEN moy >= 8 THEN d8 ELSE 0 END + CASE WHEN moy >= 9 THEN d9 ELSE 0 END + CASE WHEN moy >= 10 THEN d10 ELSE 0 END + CASE WHEN moy >= 11 THEN d11 ELSE 0 END AS BIGINT) AS ytd_due,
  CAST(cum_paid AS BIGINT) AS cum_paid
FROM shifted
ORDER BY k, province_code, employer_no;
CREATE OR REPLACE TEMP TABLE next_province_month AS
SELECT month, province_code, count(*) FILTER (WHERE cum_due > 0) AS employers, sum(ytd_due) AS receivable,
  sum(greatest(cum_due_lag1 - cum_paid, 0)) AS overdue
FROM next_month
GROUP BY ALL;
DROP TABLE next_paid_k;
DROP TABLE next_due_k;
