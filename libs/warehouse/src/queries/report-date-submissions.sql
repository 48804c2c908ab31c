-- Per province: which metrics it reported for exactly this report date, when it first sent them, and the latest
-- report date on or before this one for which it sent anything. Rejected reports do not count as sent; pending
-- ones do (the province did report; headquarters or its director has yet to approve).
SELECT
  r.province_code,
  count(DISTINCT r.metric) FILTER (WHERE r.report_date = $reportDate::DATE) AS metrics_reported,
  strftime(min(r.submitted_at) FILTER (WHERE r.report_date = $reportDate::DATE), '%Y-%m-%dT%H:%M:%S') AS first_submitted_at,
  strftime(max(r.report_date), '%Y-%m-%d') AS last_report_date
FROM actual_report r
LEFT JOIN report_decision d ON d.import_id = r.import_id
WHERE r.plan_id = $planId AND r.report_date <= $reportDate::DATE AND d.decision IS DISTINCT FROM 'REJECTED'
GROUP BY r.province_code
