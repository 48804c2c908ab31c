-- Late payment per province at $asOf (any day): receivable, overdue, amounts and employers by age bucket.
-- The as-of month's ledger_month row holds everything but the payments of that month made after $asOf.
-- The month is written as an expression of $asOf, not a subquery, so DuckDB filters the month-sorted scan
-- and reads only that month's rows.
WITH not_yet AS (
  SELECT employer_no, CAST(sum(amount) AS BIGINT) AS amount
  FROM ledger_payment_day
  WHERE paid_on > $asOf::DATE AND paid_on <= last_day($asOf::DATE)
  GROUP BY employer_no
),
e AS (
  SELECT l.province_code, l.cum_due, l.ytd_due AS receivable, l.cum_paid - coalesce(n.amount, 0) AS paid,
    l.cum_due_lag1, l.cum_due_lag2, l.cum_due_lag4
  FROM ledger_month l LEFT JOIN not_yet n ON n.employer_no = l.employer_no
  WHERE l.month = CAST(date_trunc('month', $asOf::DATE) AS DATE)
),
f AS (
  SELECT province_code, cum_due, receivable,
    greatest(cum_due_lag1 - paid, 0) AS overdue,
    greatest(cum_due_lag2 - paid, 0) AS over1,
    greatest(cum_due_lag4 - paid, 0) AS over3
  FROM e
)
SELECT province_code,
  count(*) FILTER (WHERE cum_due > 0) AS employers,
  CAST(sum(receivable) AS DOUBLE) AS receivable,
  CAST(sum(overdue) AS DOUBLE) AS overdue,
  CAST(sum(overdue - over1) AS DOUBLE) AS amount_under1,
  CAST(sum(over1 - over3) AS DOUBLE) AS amount_1to3,
  CAST(sum(over3) AS DOUBLE) AS amount_3plus,
  count(*) FILTER (WHERE overdue > 0) AS in_arrears,
  count(*) FILTER (WHERE overdue > 0 AND over1 = 0) AS employers_under1,
  count(*) FILTER (WHERE over1 > 0 AND over3 = 0) AS employers_1to3,
  count(*) FILTER (WHERE over3 > 0) AS employers_3plus
FROM f
GROUP BY province_code
ORDER BY province_code
