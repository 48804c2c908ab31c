-- The data-quality warnings of some submitted reports (imports).
SELECT import_id, province_code, metric, strftime(report_date, '%Y-%m-%d') AS report_date, kind, value, previous_value,
  period_total, message, source, strftime(detected_at, '%Y-%m-%dT%H:%M:%SZ') AS detected_at
FROM data_quality_warning
WHERE import_id IN (SELECT unnest($ids::BIGINT[]))
ORDER BY import_id, province_code, metric, report_date, kind
