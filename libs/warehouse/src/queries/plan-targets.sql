-- The published cells of one metric in one version of a plan (national row: province_code NULL).
SELECT province_code, published_name, month, value, published_text, source_file, source_line, source_column
FROM plan_target
WHERE plan_id = $planId AND version = $version AND metric = $metric
ORDER BY province_code NULLS FIRST, month NULLS FIRST
