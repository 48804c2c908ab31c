-- The 2025 reform's crosswalk (data/reference/merge_2025.csv): which unit of the 34 (vn34-2025) each of the 63
-- (vn63-2004) became. The 34 units themselves are rows of `province` with unit_set 'vn34-2025'.
CREATE TABLE unit_crosswalk (
  from_set  VARCHAR NOT NULL,
  from_code VARCHAR NOT NULL,
  to_set    VARCHAR NOT NULL,
  to_code   VARCHAR NOT NULL,
  PRIMARY KEY (from_set, from_code, to_set)
);
