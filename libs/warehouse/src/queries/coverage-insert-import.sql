-- One import of a coverage table; its rows follow in coverage_base with the id returned.
INSERT INTO coverage_import (unit_set, year, content_hash, source_file, synthetic, imported_at, imported_by, unit_count)
VALUES ($unitSet, $year, $contentHash, $sourceFile, $synthetic, $importedAt::TIMESTAMP, $importedBy, $unitCount)
RETURNING id
