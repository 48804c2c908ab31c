-- The import in force for one unit set and year, and its content hash; no row when the table was never imported.
SELECT id AS import_id, content_hash
FROM coverage_import
WHERE unit_set = $unitSet AND year = $year
ORDER BY id DESC
LIMIT 1
