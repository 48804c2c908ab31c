-- A(d): per province, the latest revision of the latest report dated on or before the as-of date.
SELECT
  province_code,
  strftime(report_date, '%Y-%m-%d') AS report_date,
  cumulative_value,
  synthetic,
  source,
  source_row,
  strftime(submitted_at, '%Y-%m-%dT%H:%M:%S') AS submitted_at,
  id
FROM counted_actual_report
WHERE plan_id = $planId AND metric = $metric AND report_date <= $asOf::DATE
QUALIFY row_number() OVER (PARTITION BY province_code ORDER BY report_date DESC, submitted_at DESC, id DESC) = 1
ORDER BY province_code
