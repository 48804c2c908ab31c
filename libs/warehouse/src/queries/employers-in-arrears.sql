-- Employers of $province in arrears at $asOf, optionally of one bucket (by their oldest overdue month), largest
-- overdue first, a page of $limit after the cursor ($afterOverdue, $afterId). Each with its oldest unpaid month.
-- The month is written as an expression of $asOf, not a subquery, so DuckDB filters the month-sorted scan
-- and reads only that month's rows.
WITH not_yet AS (
  SELECT employer_no, CAST(sum(amount) AS BIGINT) AS amount
  FROM ledger_payment_day
  WHERE paid_on > $asOf::DATE AND paid_on <= last_day($asOf::DATE) AND province_code = $province::VARCHAR
  GROUP BY employer_no
),
e AS (
  SELECT l.employer_no, e.id AS employer_id, l.ytd_due AS receivable, l.cum_paid - coalesce(n.amount, 0) AS paid,
    l.cum_due_lag1, l.cum_due_lag2, l.cum_due_lag4
  FROM ledger_month l
  JOIN employer e ON e.employer_no = l.employer_no
  LEFT JOIN not_yet n ON n.employer_no = l.employer_no
  WHERE l.month = CAST(date_trunc('month', $asOf::DATE) AS DATE) AND l.province_code = $province::VARCHAR
),
f AS (
  SELECT employer_no, employer_id, receivable, paid,
    greatest(cum_due_lag1 - paid, 0) AS overdue,
    greatest(cum_due_lag2 - paid, 0) AS over1,
    greatest(cum_due_lag4 - paid, 0) AS over3
  FROM e
),
g AS (
  SELECT *,
    CASE WHEN over3 > 0 THEN 'FROM_3_MONTHS' WHEN over1 > 0 THEN 'FROM_1_TO_3_MONTHS' ELSE 'UNDER_1_MONTH' END AS bucket
  FROM f
  WHERE overdue > 0
),
h AS (SELECT * FROM g WHERE $bucket::VARCHAR IS NULL OR bucket = $bucket::VARCHAR),
stats AS (SELECT count(*) AS total, CAST(coalesce(sum(overdue), 0) AS DOUBLE) AS total_overdue FROM h),
page AS (
  SELECT * FROM h
  WHERE $afterId::VARCHAR IS NULL OR overdue < $afterOverdue::BIGINT
    OR (overdue = $afterOverdue::BIGINT AND employer_id > $afterId::VARCHAR)
  ORDER BY overdue DESC, employer_id
  LIMIT $limit
),
oldest AS (
  SELECT l.employer_no, min(l.month) AS oldest
  FROM ledger_month l JOIN page p ON p.employer_no = l.employer_no
  WHERE l.province_code = $province::VARCHAR AND l.month < CAST(date_trunc('month', $asOf::DATE) AS DATE) AND l.cum_due > p.paid
  GROUP BY l.employer_no
)
SELECT stats.total, stats.total_overdue,
  page.employer_id, emp.name, emp.district, emp.ownership, emp.workers,
  CAST(page.receivable AS DOUBLE) AS receivable, CAST(page.overdue AS DOUBLE) AS overdue,
  CAST(page.overdue - page.over1 AS DOUBLE) AS amount_under1,
  CAST(page.over1 - page.over3 AS DOUBLE) AS amount_1to3,
  CAST(page.over3 AS DOUBLE) AS amount_3plus,
  page.bucket, strftime(oldest.oldest, '%Y-%m') AS oldest_month
FROM stats
LEFT JOIN page ON true
LEFT JOIN employer emp ON emp.employer_no = page.employer_no
LEFT JOIN oldest ON oldest.employer_no = page.employer_no
ORDER BY page.overdue DESC, page.employer_id
