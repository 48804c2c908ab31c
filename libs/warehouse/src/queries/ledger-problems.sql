-- Every problem of the ledger read by ledger-read.sql, the first $maxListed in file and row order, with the total.
-- Nothing has been cast that could fail, so every bad value is a problem here and never a DuckDB error later.
-- Amounts are whole đồng: "1.5" is refused, not rounded (a cast to BIGINT would round it), and capped at
-- $maxAmount so sums cannot overflow. Dates lie between $earliest and $latest; a ledger spans at most
-- $maxMonths months of dues, and a payment lies within $slackMonths months of them (a payment dated 99999-01-01
-- would otherwise be stored and never counted). The cells' text, the total and the first $maxListed are taken by
-- ledger-problem-values.sql.
-- Two statements, and no CTE read twice under a window and a LIMIT: DuckDB 1.5 fails such a query now and then
-- with an internal error that invalidates the database (duckdb/duckdb#22352).
CREATE OR REPLACE TEMP TABLE next_span AS
SELECT min(date_trunc('month', month)) AS first_month, max(date_trunc('month', month)) AS last_month
FROM next_due_row WHERE month BETWEEN $earliest::DATE AND $latest::DATE;
CREATE OR REPLACE TEMP TABLE next_problem AS
  SELECT 'employers' AS tbl, source_row, 'employer_id' AS col, 'EMPTY_CELL' AS kind
  FROM next_employer WHERE id IS NULL OR id = ''
  UNION ALL
  SELECT 'employers', source_row, 'employer_id', 'DUPLICATE_EMPLOYER'
  FROM (SELECT source_row, count(*) OVER (PARTITION BY id) AS n FROM next_employer WHERE id <> '')
  WHERE n > 1
  UNION ALL
  SELECT 'employers', source_row, 'name', 'EMPTY_CELL' FROM next_employer WHERE name IS NULL OR name = ''
  UNION ALL
  SELECT 'employers', source_row, 'province', 'UNKNOWN_PROVINCE'
  FROM next_employer
  WHERE province_code IS NULL OR province_code NOT IN (SELECT code FROM province WHERE unit_set = 'vn63-2004')
  UNION ALL
  SELECT 'employers', source_row, 'workers',
    CASE
      WHEN workers_v IS NULL OR isnan(workers_v) OR isinf(workers_v) THEN 'NOT_A_NUMBER'
      WHEN workers_v < 0 THEN 'NEGATIVE_NUMBER'
      WHEN workers_v <> floor(workers_v) THEN 'NOT_A_WHOLE_NUMBER'
      ELSE 'NUMBER_TOO_LARGE'
    END
  FROM next_employer
  WHERE NOT coalesce(workers_v >= 0 AND workers_v <= $maxWorkers AND workers_v = floor(workers_v), false)
  UNION ALL
  SELECT 'dues', source_row, 'employer_id', CASE WHEN no_id THEN 'EMPTY_CELL' ELSE 'UNKNOWN_EMPLOYER' END
  FROM next_due_row WHERE employer_no IS NULL
  UNION ALL
  SELECT 'dues', source_row, 'month', CASE WHEN month IS NULL THEN 'INVALID_DATE' ELSE 'DATE_OUT_OF_RANGE' END
  FROM next_due_row WHERE NOT coalesce(month BETWEEN $earliest::DATE AND $latest::DATE, false)
  UNION ALL
  SELECT 'dues', source_row, 'amount',
    CASE
      WHEN amount IS NULL OR isnan(amount) OR isinf(amount) THEN 'NOT_A_NUMBER'
      WHEN amount < 0 THEN 'NEGATIVE_NUMBER'
      WHEN amount <> floor(amount) THEN 'NOT_A_WHOLE_NUMBER'
      ELSE 'NUMBER_TOO_LARGE'
    END
  FROM next_due_row
  WHERE NOT coalesce(amount >= 0 AND amount <= $maxAmount AND amount = floor(amount), false)
  UNION ALL
  SELECT 'dues', d.source_row, 'month', 'DUPLICATE_DUE'
  FROM next_due_row d
  SEMI JOIN (
    SELECT employer_no, date_trunc('month', month) AS m FROM next_due_row
    WHERE employer_no IS NOT NULL AND month IS NOT NULL
    GROUP BY ALL HAVING count(*) > 1
  ) dup ON dup.employer_no = d.employer_no AND dup.m = date_trunc('month', d.month)
  UNION ALL
  -- The last month of dues, when the ledger spans more months than it may.
  SELECT 'dues', min(d.source_row), 'month', 'LEDGER_TOO_LONG'
  FROM next_due_row d CROSS JOIN next_span span
  WHERE date_trunc('month', d.month) = span.last_month
    AND date_diff('month', span.first_month, span.last_month) >= $maxMonths
  HAVING count(*) > 0
  UNION ALL
  SELECT 'payments', source_row, 'employer_id', CASE WHEN no_id THEN 'EMPTY_CELL' ELSE 'UNKNOWN_EMPLOYER' END
  FROM next_payment_row WHERE employer_no IS NULL
  UNION ALL
  SELECT 'payments', source_row, 'paid_on', CASE WHEN paid_on IS NULL THEN 'INVALID_DATE' ELSE 'DATE_OUT_OF_RANGE' END
  FROM next_payment_row CROSS JOIN next_span span
  WHERE NOT coalesce(
    paid_on BETWEEN $earliest::DATE AND $latest::DATE
      AND (span.first_month IS NULL OR paid_on BETWEEN span.first_month - to_months($slackMonths)
        AND last_day(span.last_month + to_months($slackMonths))),
    false)
  UNION ALL
  SELECT 'payments', source_row, 'amount',
    CASE
      WHEN amount IS NULL OR isnan(amount) OR isinf(amount) THEN 'NOT_A_NUMBER'
      WHEN amount < 0 THEN 'NEGATIVE_NUMBER'
      WHEN amount = 0 THEN 'NOT_POSITIVE'
      WHEN amount <> floor(amount) THEN 'NOT_A_WHOLE_NUMBER'
      ELSE 'NUMBER_TOO_LARGE'
    END
  FROM next_payment_row
  WHERE NOT coalesce(amount > 0 AND amount <= $maxAmount AND amount = floor(amount), false);
