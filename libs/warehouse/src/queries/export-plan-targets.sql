-- One version of a plan's published targets, every cell as published (/export/plan-targets.*): the monthly
-- quotas of each province and metric, the national row (province_code NULL, "Toàn quốc") and the period totals
-- (month NULL, "Tổng số"), with the file, line and column each came from.
SELECT t.plan_id,
  t.version,
  t.metric,
  t.province_code,
  t.published_name,
  t.month,
  t.value AS target,
  t.published_text,
  t.source_file,
  t.source_line,
  t.source_column
FROM plan_target t
WHERE t.plan_id = $planId::VARCHAR AND t.version = $version::INTEGER
ORDER BY t.metric, t.province_code NULLS FIRST, t.month NULLS FIRST
