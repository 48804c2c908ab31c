-- Every submission of one province on one metric, in the order they count: by report date, then latest revision last.
SELECT
  strftime(report_date, '%Y-%m-%d') AS report_date,
  cumulative_value,
  strftime(submitted_at, '%Y-%m-%dT%H:%M:%S') AS submitted_at,
  source,
  source_row,
  synthetic,
  id
FROM actual_report
WHERE plan_id = $planId AND province_code = $province AND metric = $metric
ORDER BY report_date, submitted_at, id
