-- What the README promises, held by the database itself rather than by a check that two writers can both pass:
-- the same content is stored once per plan, and a province, metric and report date has one value per submission
-- time. Databases written before these constraints may hold both twice (two imports sent at the same moment);
-- nothing stored is dropped: the later copies are marked so the constraints can hold over them.
DROP INDEX IF EXISTS actual_import_hash;
UPDATE actual_import SET content_hash = content_hash || '#duplicate-' || id
WHERE id NOT IN (SELECT min(id) FROM actual_import GROUP BY plan_id, content_hash);

-- 0 for every submission but the later copies of an earlier (plan, province, metric, report date, time), which
-- keep their own id here; queries never read it.
DROP INDEX IF EXISTS actual_report_lookup;
ALTER TABLE actual_report ADD COLUMN IF NOT EXISTS duplicate_of_time BIGINT DEFAULT 0;
UPDATE actual_report SET duplicate_of_time = id
WHERE duplicate_of_time = 0 AND id NOT IN (
  SELECT min(id) FROM actual_report GROUP BY plan_id, province_code, metric, report_date, submitted_at
);
-- commit
CREATE UNIQUE INDEX actual_import_hash ON actual_import (plan_id, content_hash);
CREATE INDEX actual_report_lookup ON actual_report (plan_id, metric, report_date);
CREATE UNIQUE INDEX actual_report_one_value ON actual_report
  (plan_id, province_code, metric, report_date, submitted_at, duplicate_of_time);
