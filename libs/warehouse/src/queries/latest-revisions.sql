-- The latest revision of every report of a plan: one value per province, metric and report date.
SELECT province_code, metric, strftime(report_date, '%Y-%m-%d') AS report_date, cumulative_value,
  strftime(submitted_at, '%Y-%m-%dT%H:%M:%S') AS submitted_at
FROM counted_actual_report
WHERE plan_id = $planId
QUALIFY row_number() OVER (PARTITION BY province_code, metric, report_date ORDER BY submitted_at DESC, id DESC) = 1
