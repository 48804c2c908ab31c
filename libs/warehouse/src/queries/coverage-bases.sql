-- The rows of the coverage table in force for one unit set and year (its latest import), in code order.
SELECT
  import_id,
  province_code,
  province_name,
  labour_force,
  population,
  si_participants,
  hi_participants,
  synthetic,
  source,
  source_file,
  source_row
FROM coverage_base
WHERE import_id = (SELECT max(id) FROM coverage_import WHERE unit_set = $unitSet AND year = $year)
ORDER BY province_code
