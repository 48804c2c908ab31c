-- The coverage table in force for each (unit_set, year): its latest import, with the sources its rows name.
SELECT
  i.id AS import_id,
  i.unit_set,
  i.year,
  i.content_hash,
  i.source_file,
  i.synthetic,
  strftime(i.imported_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS imported_at,
  i.imported_by,
  i.unit_count,
  (SELECT list(DISTINCT b.source ORDER BY b.source) FROM coverage_base b WHERE b.import_id = i.id) AS sources
FROM coverage_import i
QUALIFY row_number() OVER (PARTITION BY i.unit_set, i.year ORDER BY i.id DESC) = 1
ORDER BY i.year, i.unit_set
