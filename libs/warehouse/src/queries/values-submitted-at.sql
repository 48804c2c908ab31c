-- Every value of a plan stored with one of the given submission times, approved or not: the rows a new import
-- could contradict (one value per province, metric, report date and submission time).
SELECT province_code, metric, strftime(report_date, '%Y-%m-%d') AS report_date, cumulative_value,
  strftime(submitted_at, '%Y-%m-%dT%H:%M:%S') AS submitted_at, import_id, source, source_row
FROM actual_report
WHERE plan_id = $planId AND duplicate_of_time = 0
  AND submitted_at IN (SELECT unnest($times::VARCHAR[])::TIMESTAMP)
