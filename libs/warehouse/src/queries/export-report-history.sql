-- Every report submission of a plan, optionally of one province ($province NULL: every province), with every
-- revision and its approval: the report history as analysts download it (/export/report-history.*), the same
-- revisions as the GraphQL field actualHistory. `revision` numbers the submissions of one province, metric and
-- report date in the order they count; `state` is APPROVED for the shipped sample rows, imports that needed no
-- approval and approved ones (counted_actual_report), else PENDING or REJECTED; `in_force` marks the latest
-- approved revision, the figure that counts for that report date.
WITH s AS (
  SELECT r.id, r.province_code, r.metric, r.report_date, r.cumulative_value, r.submitted_at, r.source,
    r.source_row, r.import_id, r.synthetic, i.imported_by,
    -- As approvalState (libs/domain report-approval.ts): a decision, else APPROVED when none was required.
    CASE WHEN d.decision IS NOT NULL THEN d.decision
      WHEN r.import_id IS NULL OR coalesce(i.approval_required, 'NONE') = 'NONE' THEN 'APPROVED'
      ELSE 'PENDING' END AS state
  FROM actual_report r
  LEFT JOIN actual_import i ON i.id = r.import_id
  LEFT JOIN report_decision d ON d.import_id = r.import_id
  WHERE r.plan_id = $planId::VARCHAR AND ($province::VARCHAR IS NULL OR r.province_code = $province::VARCHAR)
)
SELECT s.province_code,
  p.name_vi AS province_name,
  s.metric,
  s.report_date,
  CAST(row_number() OVER (PARTITION BY s.province_code, s.metric, s.report_date ORDER BY s.submitted_at, s.id)
    AS INTEGER) AS revision,
  s.cumulative_value AS value,
  s.submitted_at,
  s.imported_by AS submitted_by,
  s.state,
  s.state = 'APPROVED' AND row_number() OVER (
    PARTITION BY s.province_code, s.metric, s.report_date, s.state = 'APPROVED'
    ORDER BY s.submitted_at DESC, s.id DESC
  ) = 1 AS in_force,
  s.source,
  CAST(s.source_row AS INTEGER) AS source_row,
  CAST(s.import_id AS INTEGER) AS submission_id,
  s.synthetic
FROM s
JOIN plan pl ON pl.id = $planId::VARCHAR
LEFT JOIN province p ON p.unit_set = pl.unit_set AND p.code = s.province_code
ORDER BY s.province_code, s.metric, s.report_date, s.submitted_at, s.id
