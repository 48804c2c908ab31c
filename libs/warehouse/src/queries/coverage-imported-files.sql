-- Every file a coverage table was ever imported from, whether or not it is in force.
SELECT DISTINCT source_file FROM coverage_import ORDER BY source_file
