-- Every submission of one province on one metric, in the order they count: by report date, then latest revision
-- last; with its approval (rows without an import are the shipped sample data, which counts as approved).
SELECT
  strftime(r.report_date, '%Y-%m-%d') AS report_date,
  r.cumulative_value,
  strftime(r.submitted_at, '%Y-%m-%dT%H:%M:%S') AS submitted_at,
  r.source,
  r.source_row,
  r.synthetic,
  r.id,
  r.import_id,
  coalesce(i.approval_required, 'NONE') AS approval_required,
  d.decision,
  i.imported_by
FROM actual_report r
LEFT JOIN actual_import i ON i.id = r.import_id
LEFT JOIN report_decision d ON d.import_id = r.import_id
WHERE r.plan_id = $planId AND r.province_code = $province AND r.metric = $metric
ORDER BY r.report_date, r.submitted_at, r.id
