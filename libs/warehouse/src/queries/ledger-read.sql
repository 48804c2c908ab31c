-- Reads each staged ledger file once into a temporary table of what the checks and the derived ledger need:
-- employers with their number, dues and payments with their row, the employer's number (NULL for an id the
-- employers file lacks) and their typed values (NULL where unreadable). Nothing is cast that could fail; the text
-- of a bad cell is read again only when ledger-problems.sql has found it.
CREATE OR REPLACE TEMP TABLE next_employer AS
SELECT source_row, trim(employer_id) AS id, trim(name) AS name, province AS province_code,
  coalesce(district, '') AS district, coalesce(ownership, '') AS ownership, workers_v,
  -- Numbered by province and id, so a province's employers are a run of numbers in every table sorted by them.
  CAST(row_number() OVER (ORDER BY province, trim(employer_id), source_row) AS INTEGER) AS employer_no
FROM staged_employers;
-- One number per id (a duplicate id is refused, but must not multiply the rows that refer to it meanwhile).
CREATE OR REPLACE TEMP TABLE next_employer_key AS
SELECT id, min(employer_no) AS employer_no FROM next_employer WHERE id IS NOT NULL AND id <> '' GROUP BY id;
CREATE OR REPLACE TEMP TABLE next_due_row AS
SELECT CAST(d.source_row AS BIGINT) AS source_row, k.employer_no, coalesce(trim(d.employer_id), '') = '' AS no_id,
  d.month_v AS month, d.amount_v AS amount
FROM staged_dues d LEFT JOIN next_employer_key k ON k.id = trim(d.employer_id);
CREATE OR REPLACE TEMP TABLE next_payment_row AS
SELECT CAST(p.source_row AS BIGINT) AS source_row, k.employer_no, coalesce(trim(p.employer_id), '') = '' AS no_id,
  p.paid_on_v AS paid_on, p.amount_v AS amount
FROM staged_payments p LEFT JOIN next_employer_key k ON k.id = trim(p.employer_id);
