-- Employers of $province (NULL: of every province, for the bulk download) in arrears at $asOf, optionally of one bucket (by their oldest overdue month), largest
-- overdue first, a page of $limit (NULL: all) after the cursor ($afterOverdue, $afterId). Each with its receivable and oldest
-- unpaid month. As in late-payment-by-province.sql, only the employers in arrears when the month began
-- (ledger_arrears) can be listed, with the month's start amounts less what they paid by $asOf.
-- Each employer has its tax code (mã số thuế), how compliance cases find it: the employer's id when it is one (ten
-- digits, or ten and a three-digit branch), and for the synthetic ledger's ids "99" and the id's eight digits
-- (compliance-generator.ts, syntheticTaxCode). $taxCodes (NULL: any) keeps only those employers; $toInspect keeps
-- only the employers owing three months or more that have no open compliance case at $asOf which has reached one
-- of $inspectionSteps (a direct inspection scheduled, or further): those that should be inspected.
WITH not_yet AS (
  SELECT employer_no, CAST(sum(amount) AS BIGINT) AS amount
  FROM ledger_payment_day
  WHERE paid_on > $asOf::DATE AND paid_on <= last_day($asOf::DATE)
  GROUP BY employer_no
),
inspecting AS (
  SELECT DISTINCT c.tax_code
  FROM compliance_case c
  JOIN compliance_step s ON s.case_id = c.id
  WHERE $toInspect AND c.opened_on <= $asOf::DATE AND s.done_on <= $asOf::DATE
    AND list_contains($inspectionSteps::VARCHAR[], s.kind)
    AND NOT EXISTS (SELECT 1 FROM compliance_outcome o WHERE o.case_id = c.id AND o.done_on <= $asOf::DATE)
),
e AS (
  SELECT a.employer_no, a.province_code, emp.id AS employer_id, a.overdue, a.overdue_1, a.overdue_3,
    CASE WHEN regexp_full_match(emp.id, '[0-9]{10}(-[0-9]{3})?') THEN emp.id
      WHEN regexp_full_match(emp.id, 'DN[0-9]{1,8}') THEN '99' || lpad(substr(emp.id, 3), 8, '0') END AS tax_code,
    a.paid_in_month - coalesce(n.amount, 0) AS paid
  FROM ledger_arrears a
  JOIN employer emp ON emp.employer_no = a.employer_no
  LEFT JOIN not_yet n ON n.employer_no = a.employer_no
  WHERE a.month = CAST(date_trunc('month', $asOf::DATE) AS DATE)
    AND ($province::VARCHAR IS NULL OR a.province_code = $province::VARCHAR)
),
f AS (
  SELECT employer_no, province_code, employer_id, tax_code,
    greatest(overdue - paid, 0) AS overdue,
    greatest(overdue_1 - paid, 0) AS over1,
    greatest(overdue_3 - paid, 0) AS over3
  FROM e
),
g AS (
  SELECT *,
    CASE WHEN over3 > 0 THEN 'FROM_3_MONTHS' WHEN over1 > 0 THEN 'FROM_1_TO_3_MONTHS' ELSE 'UNDER_1_MONTH' END AS bucket
  FROM f
  WHERE overdue > 0
),
h AS (
  SELECT * FROM g
  WHERE ($bucket::VARCHAR IS NULL OR bucket = $bucket::VARCHAR)
    AND ($taxCodes::VARCHAR[] IS NULL OR list_contains($taxCodes::VARCHAR[], tax_code))
    AND (NOT $toInspect OR (bucket = 'FROM_3_MONTHS' AND tax_code NOT IN (SELECT tax_code FROM inspecting)))
),
stats AS (SELECT count(*) AS total, CAST(coalesce(sum(overdue), 0) AS DOUBLE) AS total_overdue FROM h),
page AS (
  SELECT * FROM h
  WHERE $afterId::VARCHAR IS NULL OR overdue < $afterOverdue::BIGINT
    OR (overdue = $afterOverdue::BIGINT AND employer_id > $afterId::VARCHAR)
  ORDER BY overdue DESC, employer_id
  LIMIT $limit
),
-- The page's employers' dues to the as-of month, with their running total.
dues AS (
  SELECT d.employer_no, d.month, d.due, sum(d.due) OVER (PARTITION BY d.employer_no ORDER BY d.month) AS cum_due
  FROM ledger_due d SEMI JOIN page p ON p.employer_no = d.employer_no
  WHERE d.month <= CAST(date_trunc('month', $asOf::DATE) AS DATE)
),
-- Receivable: the dues of the as-of year to the as-of month.
receivable AS (
  SELECT employer_no, sum(due) AS receivable FROM dues
  WHERE month >= CAST(date_trunc('year', $asOf::DATE) AS DATE)
  GROUP BY employer_no
),
-- The dues before the as-of month, of which `overdue` (the latest) are unpaid: the oldest unpaid month is the
-- first whose running total exceeds what was paid, that total less the overdue amount.
before AS (
  SELECT employer_no, max(cum_due) AS cum_due FROM dues
  WHERE month < CAST(date_trunc('month', $asOf::DATE) AS DATE)
  GROUP BY employer_no
),
oldest AS (
  SELECT d.employer_no, min(d.month) AS oldest
  FROM dues d JOIN page p ON p.employer_no = d.employer_no JOIN before b ON b.employer_no = d.employer_no
  WHERE d.month < CAST(date_trunc('month', $asOf::DATE) AS DATE) AND d.cum_due > b.cum_due - p.overdue
  GROUP BY d.employer_no
)
SELECT stats.total, stats.total_overdue,
  page.province_code, page.employer_id, page.tax_code, emp.name, emp.district, emp.ownership, emp.workers,
  CAST(CASE WHEN page.employer_no IS NOT NULL THEN coalesce(r.receivable, 0) END AS DOUBLE) AS receivable, CAST(page.overdue AS DOUBLE) AS overdue,
  CAST(page.overdue - page.over1 AS DOUBLE) AS amount_under1,
  CAST(page.over1 - page.over3 AS DOUBLE) AS amount_1to3,
  CAST(page.over3 AS DOUBLE) AS amount_3plus,
  page.bucket, strftime(oldest.oldest, '%Y-%m') AS oldest_month
FROM stats
LEFT JOIN page ON true
LEFT JOIN employer emp ON emp.employer_no = page.employer_no
LEFT JOIN receivable r ON r.employer_no = page.employer_no
LEFT JOIN oldest ON oldest.employer_no = page.employer_no
ORDER BY page.overdue DESC, page.employer_id
