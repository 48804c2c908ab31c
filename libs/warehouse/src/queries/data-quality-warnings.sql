SELECT
  province_code, metric, strftime(report_date, '%Y-%m-%d') AS report_date, kind, value, previous_value, period_total,
  message, source, strftime(detected_at, '%Y-%m-%dT%H:%M:%SZ') AS detected_at
FROM data_quality_warning
WHERE plan_id = $planId AND ($province::VARCHAR IS NULL OR province_code = $province)
ORDER BY report_date DESC, province_code, metric, kind
