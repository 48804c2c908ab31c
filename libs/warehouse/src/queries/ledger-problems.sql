-- Amounts are whole đồng: "1.5" is refused, not rounded (a cast to BIGINT would round it). Columns <name>_v are
-- the typed readings of the staged views (NULL where unreadable).
-- Every problem of the staged ledger files (views staged_employers, staged_dues, staged_payments), the first
-- 50 in file and row order, with the total.
WITH e AS (SELECT * FROM staged_employers),
known AS (SELECT DISTINCT employer_id FROM e WHERE employer_id IS NOT NULL),
problems AS (
  SELECT 'employers' AS tbl, source_row, 'employer_id' AS col, employer_id AS value, 'EMPTY' AS kind
  FROM e WHERE employer_id IS NULL OR trim(employer_id) = ''
  UNION ALL
  SELECT 'employers', source_row, 'employer_id', employer_id, 'DUPLICATE_EMPLOYER'
  FROM (SELECT source_row, employer_id, count(*) OVER (PARTITION BY employer_id) AS n FROM e WHERE employer_id IS NOT NULL)
  WHERE n > 1
  UNION ALL
  SELECT 'employers', source_row, 'name', name, 'EMPTY' FROM e WHERE name IS NULL OR trim(name) = ''
  UNION ALL
  SELECT 'employers', source_row, 'province', province, 'UNKNOWN_PROVINCE'
  FROM e WHERE province IS NULL OR province NOT IN (SELECT code FROM province WHERE unit_set = 'vn63-2004')
  UNION ALL
  SELECT 'employers', source_row, 'workers', workers, 'NOT_A_COUNT'
  FROM e WHERE NOT coalesce(workers_v >= 0 AND workers_v = floor(workers_v), false)
  UNION ALL
  SELECT 'dues', source_row, 'employer_id', employer_id, 'UNKNOWN_EMPLOYER'
  FROM staged_dues d WHERE NOT EXISTS (SELECT 1 FROM known k WHERE k.employer_id = d.employer_id)
  UNION ALL
  SELECT 'dues', source_row, 'month', month, 'NOT_A_DATE' FROM staged_dues WHERE month_v IS NULL
  UNION ALL
  SELECT 'dues', source_row, 'amount', amount, 'NOT_AN_AMOUNT'
  FROM staged_dues
  WHERE NOT coalesce(amount_v >= 0 AND amount_v = floor(amount_v), false)
  UNION ALL
  SELECT 'dues', source_row, 'month', month, 'DUPLICATE_DUE'
  FROM (
    SELECT source_row, month,
      count(*) OVER (PARTITION BY employer_id, date_trunc('month', month_v)) AS n
    FROM staged_dues WHERE month_v IS NOT NULL
  ) WHERE n > 1
  UNION ALL
  SELECT 'payments', source_row, 'employer_id', employer_id, 'UNKNOWN_EMPLOYER'
  FROM staged_payments p WHERE NOT EXISTS (SELECT 1 FROM known k WHERE k.employer_id = p.employer_id)
  UNION ALL
  SELECT 'payments', source_row, 'paid_on', paid_on, 'NOT_A_DATE' FROM staged_payments WHERE paid_on_v IS NULL
  UNION ALL
  SELECT 'payments', source_row, 'amount', amount, 'NOT_AN_AMOUNT'
  FROM staged_payments
  WHERE NOT coalesce(amount_v > 0 AND amount_v = floor(amount_v), false)
)
SELECT tbl, CAST(source_row AS BIGINT) AS source_row, col, value, kind, count(*) OVER () AS total
FROM problems
ORDER BY tbl, source_row, col
LIMIT 50
