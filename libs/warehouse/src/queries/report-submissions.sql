-- Submitted reports (one per import) with their approval; optionally one state, one province, one id. The
-- repository pages it (newest first, after a cursor) and counts it.
WITH reports AS (
  SELECT
    i.id, i.plan_id, i.source, strftime(i.imported_at, '%Y-%m-%dT%H:%M:%SZ') AS imported_at, i.imported_by,
    coalesce(i.submitted_by_role, 'data-officer') AS submitted_by_role, i.province_code,
    coalesce(i.approval_required, 'NONE') AS approval_required,
    d.decision, d.reason, strftime(d.decided_at, '%Y-%m-%dT%H:%M:%SZ') AS decided_at, d.decided_by,
    CASE WHEN d.decision IS NOT NULL THEN d.decision
         WHEN coalesce(i.approval_required, 'NONE') = 'NONE' THEN 'APPROVED' ELSE 'PENDING' END AS state
  FROM actual_import i
  LEFT JOIN report_decision d ON d.import_id = i.id
  WHERE i.plan_id = $planId
)
SELECT * FROM reports
WHERE ($state::VARCHAR IS NULL OR state = $state)
  AND ($province::VARCHAR IS NULL OR province_code = $province)
  AND ($id::BIGINT IS NULL OR id = $id)
