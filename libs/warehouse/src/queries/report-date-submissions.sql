-- Per province: which metrics it reported for exactly this report date, when it first sent them, and the latest
-- report date on or before this one for which it sent anything.
SELECT
  province_code,
  count(DISTINCT metric) FILTER (WHERE report_date = $reportDate::DATE) AS metrics_reported,
  strftime(min(submitted_at) FILTER (WHERE report_date = $reportDate::DATE), '%Y-%m-%dT%H:%M:%S') AS first_submitted_at,
  strftime(max(report_date), '%Y-%m-%d') AS last_report_date
FROM actual_report
WHERE plan_id = $planId AND report_date <= $reportDate::DATE
GROUP BY province_code
