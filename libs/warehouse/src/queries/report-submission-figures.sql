-- The figures of some submitted reports (imports), in the order a reader checks them.
SELECT import_id, province_code, metric, strftime(report_date, '%Y-%m-%d') AS report_date, cumulative_value
FROM actual_report
WHERE import_id IN (SELECT unnest($ids::BIGINT[]))
ORDER BY import_id, province_code, metric, report_date
