-- Coverage bases (docs/coverage.md): for a unit set, a year and each of its units, the working-age labour force,
-- the population and the participants in social and in health insurance, in persons as published (NULL where the
-- source gives no number). Every import of a (unit_set, year) table is kept; the latest import of a (unit_set, year)
-- is the one in force, so a corrected table replaces the earlier one in every answer without erasing it.
CREATE SEQUENCE coverage_import_id;

CREATE TABLE coverage_import (
  id           BIGINT PRIMARY KEY DEFAULT nextval('coverage_import_id'),
  unit_set     VARCHAR NOT NULL,
  year         INTEGER NOT NULL,
  -- Numbers, flags and sources of every row: the same table again is recognised and not stored twice.
  content_hash VARCHAR NOT NULL,
  source_file  VARCHAR NOT NULL,
  synthetic    BOOLEAN NOT NULL,
  imported_at  TIMESTAMP NOT NULL,
  imported_by  VARCHAR NOT NULL,
  unit_count   INTEGER NOT NULL
);

CREATE INDEX coverage_import_table ON coverage_import (unit_set, year);

CREATE TABLE coverage_base (
  import_id       BIGINT NOT NULL,
  unit_set        VARCHAR NOT NULL,
  year            INTEGER NOT NULL,
  province_code   VARCHAR NOT NULL CHECK (regexp_full_match(province_code, '[0-9]{2}')),
  -- The unit's name as the file writes it.
  province_name   VARCHAR NOT NULL,
  labour_force    BIGINT CHECK (labour_force >= 0),
  population      BIGINT CHECK (population >= 0),
  si_participants BIGINT CHECK (si_participants >= 0),
  hi_participants BIGINT CHECK (hi_participants >= 0),
  -- Made-up numbers (the shipped tables: tools of docs/coverage.md), never published statistics.
  synthetic       BOOLEAN NOT NULL,
  -- The document the numbers come from, as the row's source column names it.
  source          VARCHAR NOT NULL,
  source_file     VARCHAR NOT NULL,
  source_row      INTEGER NOT NULL,
  PRIMARY KEY (import_id, province_code)
);
