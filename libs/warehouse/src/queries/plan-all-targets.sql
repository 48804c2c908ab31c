-- Every published cell of one version of a plan, for reconciliation.
SELECT metric, province_code, published_name, month, value, published_text, source_file, source_line, source_column
FROM plan_target
WHERE plan_id = $planId AND version = $version
ORDER BY metric, province_code NULLS FIRST, month NULLS FIRST
