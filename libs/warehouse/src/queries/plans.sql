SELECT
  p.id, p.title, p.issuing_document, strftime(p.issued_on, '%Y-%m-%d') AS issued_on, p.issuer,
  strftime(p.period_start, '%Y-%m-%d') AS period_start, strftime(p.period_end, '%Y-%m-%d') AS period_end, p.unit_set, p.synthetic,
  (SELECT list(strftime(r.report_date, '%Y-%m-%d') ORDER BY r.report_date) FROM plan_report_date r WHERE r.plan_id = p.id) AS report_dates,
  (SELECT max(v.version) FROM plan_version v WHERE v.plan_id = p.id) AS latest_version,
  (SELECT strftime(max(a.report_date), '%Y-%m-%d') FROM actual_report a WHERE a.plan_id = p.id) AS latest_report_date_with_data,
  (SELECT coalesce(bool_or(a.synthetic), false) FROM actual_report a WHERE a.plan_id = p.id) AS has_synthetic_actuals
FROM plan p
-- Published plans first (the first is what the dashboard opens on), each group newest first.
ORDER BY coalesce(p.synthetic, false), p.issued_on DESC, p.id
