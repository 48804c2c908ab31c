-- A(d) at the as-of date and at the report date before it (for the rank change), in one read: per date and
-- province, the latest revision of the latest report dated on or before that date. $previous may be NULL.
WITH as_of_date AS (
  SELECT unnest([$asOf::DATE, $previous::DATE]) AS as_of
)
SELECT
  strftime(d.as_of, '%Y-%m-%d') AS as_of,
  r.province_code,
  strftime(r.report_date, '%Y-%m-%d') AS report_date,
  r.cumulative_value,
  r.synthetic,
  r.source,
  r.source_row,
  strftime(r.submitted_at, '%Y-%m-%dT%H:%M:%S') AS submitted_at,
  r.id
FROM counted_actual_report r
JOIN as_of_date d ON r.report_date <= d.as_of
WHERE r.plan_id = $planId AND r.metric = $metric
QUALIFY row_number() OVER (
  PARTITION BY d.as_of, r.province_code ORDER BY r.report_date DESC, r.submitted_at DESC, r.id DESC
) = 1
ORDER BY d.as_of, r.province_code
