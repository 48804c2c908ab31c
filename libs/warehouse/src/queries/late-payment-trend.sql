-- Receivable and overdue at each month end from $from to $to (first days of months), nationally or for one
-- province, from the month-end figures derived at import (ledger_province_month).
SELECT strftime(month, '%Y-%m') AS month,
  strftime(last_day(month), '%Y-%m-%d') AS as_of,
  CAST(sum(receivable) AS DOUBLE) AS receivable,
  CAST(sum(overdue) AS DOUBLE) AS overdue
FROM ledger_province_month
WHERE month BETWEEN $from::DATE AND $to::DATE
  AND ($province::VARCHAR IS NULL OR province_code = $province::VARCHAR)
GROUP BY month
ORDER BY month
