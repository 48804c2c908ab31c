-- Per province, the latest submission on one metric dated on or before the as-of date that is still waiting for
-- approval: shown beside the approved figure in force, never counted.
SELECT
  r.province_code,
  strftime(r.report_date, '%Y-%m-%d') AS report_date,
  r.cumulative_value,
  strftime(r.submitted_at, '%Y-%m-%dT%H:%M:%S') AS submitted_at,
  r.import_id
FROM actual_report r
JOIN actual_import i ON i.id = r.import_id
LEFT JOIN report_decision d ON d.import_id = r.import_id
WHERE r.plan_id = $planId AND r.metric = $metric AND r.report_date <= $asOf::DATE
  AND i.approval_required <> 'NONE' AND d.decision IS NULL
QUALIFY row_number() OVER (PARTITION BY r.province_code ORDER BY r.report_date DESC, r.submitted_at DESC, r.id DESC) = 1
ORDER BY r.province_code
