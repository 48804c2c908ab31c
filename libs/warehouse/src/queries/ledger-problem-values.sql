-- The first $maxListed problems found by ledger-problems.sql (temp table next_problem), in file and row order, with
-- the total and the text of their cells, read again from the staged files (only when the import is refused), cut
-- to $maxEchoed characters and one more to show the cut.
SELECT p.tbl, p.source_row, p.col, p.kind,
  (SELECT count(*) FROM next_problem) AS total,
  (SELECT strftime(first_month, '%Y-%m') FROM next_span) AS first_month,
  (SELECT strftime(last_month, '%Y-%m') FROM next_span) AS last_month,
  left(CASE p.tbl
    WHEN 'employers' THEN CASE p.col WHEN 'employer_id' THEN e.employer_id WHEN 'name' THEN e.name
      WHEN 'province' THEN e.province WHEN 'workers' THEN e.workers END
    WHEN 'dues' THEN CASE p.col WHEN 'employer_id' THEN d.employer_id WHEN 'month' THEN d.month
      WHEN 'amount' THEN d.amount END
    ELSE CASE p.col WHEN 'employer_id' THEN y.employer_id WHEN 'paid_on' THEN y.paid_on WHEN 'amount' THEN y.amount END
  END, $maxEchoed + 1) AS value
FROM (SELECT * FROM next_problem ORDER BY tbl, source_row, col LIMIT $maxListed) p
LEFT JOIN staged_employers e ON p.tbl = 'employers' AND e.source_row = p.source_row
LEFT JOIN staged_dues d ON p.tbl = 'dues' AND d.source_row = p.source_row
LEFT JOIN staged_payments y ON p.tbl = 'payments' AND y.source_row = p.source_row
ORDER BY p.tbl, p.source_row, p.col
