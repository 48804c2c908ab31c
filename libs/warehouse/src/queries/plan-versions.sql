SELECT plan_id, version, content_hash, strftime(imported_at, '%Y-%m-%dT%H:%M:%S') AS imported_at, imported_by, source
FROM plan_version
WHERE plan_id = $planId
ORDER BY version
