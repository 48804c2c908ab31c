-- Late payment of every province at every month end of the ledger (ledger_province_month, derived at import):
-- the receivable since January and the overdue at the month end, in VND, and their ratio (null without receivable).
-- The bulk download /export/late-payment.* and the bench run this text.
SELECT lpm.province_code,
  p.name_vi AS province_name,
  p.region_vi AS region,
  strftime(lpm.month, '%Y-%m') AS month,
  last_day(lpm.month) AS as_of,
  CAST(lpm.employers AS INTEGER) AS employers,
  CAST(lpm.receivable AS DOUBLE) AS receivable,
  CAST(lpm.overdue AS DOUBLE) AS overdue,
  CASE WHEN lpm.receivable > 0 THEN CAST(lpm.overdue AS DOUBLE) / CAST(lpm.receivable AS DOUBLE) END AS ratio
FROM ledger_province_month lpm
JOIN province p ON p.unit_set = 'vn63-2004' AND p.code = lpm.province_code
ORDER BY lpm.province_code, lpm.month
