-- Late payment per province at $asOf (any day): receivable, overdue, amounts and employers by age bucket.
-- Employers and receivable do not change within a month (ledger_province_month). Only the employers in arrears
-- when the month began (ledger_arrears) can have anything overdue; on $asOf their amounts are those of the
-- month's start less what they paid in the month by $asOf: the month's payments less those after $asOf
-- (ledger_payment_day). The month is written as an expression of $asOf, not a subquery, so DuckDB filters the
-- month-sorted scans and reads only that month's rows.
WITH not_yet AS (
  SELECT employer_no, CAST(sum(amount) AS BIGINT) AS amount
  FROM ledger_payment_day
  WHERE paid_on > $asOf::DATE AND paid_on <= last_day($asOf::DATE)
  GROUP BY employer_no
),
paid AS (
  SELECT a.province_code, a.overdue, a.overdue_1, a.overdue_3, a.paid_in_month - coalesce(n.amount, 0) AS paid
  FROM ledger_arrears a LEFT JOIN not_yet n ON n.employer_no = a.employer_no
  WHERE a.month = CAST(date_trunc('month', $asOf::DATE) AS DATE)
),
f AS (
  SELECT province_code,
    greatest(overdue - paid, 0) AS overdue,
    greatest(overdue_1 - paid, 0) AS over1,
    greatest(overdue_3 - paid, 0) AS over3
  FROM paid
),
arrears AS (
  SELECT province_code,
    sum(overdue) AS overdue,
    sum(overdue - over1) AS amount_under1,
    sum(over1 - over3) AS amount_1to3,
    sum(over3) AS amount_3plus,
    count(*) FILTER (WHERE overdue > 0) AS in_arrears,
    count(*) FILTER (WHERE overdue > 0 AND over1 = 0) AS employers_under1,
    count(*) FILTER (WHERE over1 > 0 AND over3 = 0) AS employers_1to3,
    count(*) FILTER (WHERE over3 > 0) AS employers_3plus
  FROM f
  GROUP BY province_code
)
SELECT m.province_code,
  m.employers,
  CAST(m.receivable AS DOUBLE) AS receivable,
  CAST(coalesce(a.overdue, 0) AS DOUBLE) AS overdue,
  CAST(coalesce(a.amount_under1, 0) AS DOUBLE) AS amount_under1,
  CAST(coalesce(a.amount_1to3, 0) AS DOUBLE) AS amount_1to3,
  CAST(coalesce(a.amount_3plus, 0) AS DOUBLE) AS amount_3plus,
  coalesce(a.in_arrears, 0) AS in_arrears,
  coalesce(a.employers_under1, 0) AS employers_under1,
  coalesce(a.employers_1to3, 0) AS employers_1to3,
  coalesce(a.employers_3plus, 0) AS employers_3plus
FROM ledger_province_month m
LEFT JOIN arrears a ON a.province_code = m.province_code
WHERE m.month = CAST(date_trunc('month', $asOf::DATE) AS DATE)
ORDER BY m.province_code
