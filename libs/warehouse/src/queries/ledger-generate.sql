-- A deterministic synthetic national contribution ledger, marked synthetic wherever it is shown.
-- Parameters: $employers, $months, $firstMonth (DATE, a first day), $weights (STRUCT(code VARCHAR, weight DOUBLE)[]:
-- provinces and their share, e.g. their 2021 revenue quota). Writes the tables gen_employer, gen_due, gen_payment.
-- Every random draw is a hash of (employer, month, salt) by integer arithmetic, so the same parameters give the
-- same ledger on every machine and DuckDB version.
CREATE OR REPLACE TEMP MACRO gen_mix(x) AS (xor(x, x >> 15) * 1597334677) % 4294967296;
CREATE OR REPLACE TEMP MACRO gen_rand(a, b, salt) AS
  gen_mix(gen_mix(gen_mix((a * 2654435761 + b * 40503 + salt * 7919) % 4294967296))) / 4294967296.0;

CREATE OR REPLACE TEMP TABLE gen_weight AS
WITH w AS (SELECT unnest($weights) AS p),
ordered AS (SELECT p.code AS code, p.weight AS weight FROM w ORDER BY p.code)
SELECT code,
  -- A province's payment culture: 0.45 (prompt) … 2.0 (lax), fixed by its code.
  0.45 + 1.55 * gen_rand(CAST(code AS BIGINT), 0, 11) AS laxity,
  -- Wages differ between provinces: 5.0 … 9.5 million VND.
  5000000 + 4500000 * gen_rand(CAST(code AS BIGINT), 0, 12) AS wage,
  coalesce(sum(weight) OVER (ORDER BY code ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(weight) OVER () AS lo,
  sum(weight) OVER (ORDER BY code) / sum(weight) OVER () AS hi
FROM ordered;

CREATE OR REPLACE TEMP TABLE gen_employer AS
WITH ids AS (SELECT range AS i FROM range(1, $employers + 1)),
drawn AS (
  SELECT i, (i - 0.5) / $employers AS u,
    gen_rand(i, 0, 1) AS r_size, gen_rand(i, 0, 2) AS r_owner, gen_rand(i, 0, 3) AS r_district,
    gen_rand(i, 0, 4) AS r_kind, gen_rand(i, 0, 5) AS r_name1, gen_rand(i, 0, 6) AS r_name2,
    gen_rand(i, 0, 7) AS r_start, gen_rand(i, 0, 8) AS r_fraction, gen_rand(i, 0, 9) AS r_form
  FROM ids
)
SELECT
  'DN' || lpad(CAST(i AS VARCHAR), 7, '0') AS id,
  i,
  -- The name's form follows the ownership type.
  CASE WHEN r_owner < 0.03 THEN 'Công ty TNHH MTV '
       WHEN r_owner < 0.10 THEN 'Công ty TNHH '
       WHEN r_owner < 0.78 THEN (['Công ty TNHH ', 'Công ty CP ', 'Doanh nghiệp tư nhân '])[1 + CAST(floor(r_form * 3) AS INTEGER)]
       WHEN r_owner < 0.90 THEN (['Trường THCS ', 'Trung tâm Y tế ', 'Ban Quản lý dự án '])[1 + CAST(floor(r_form * 3) AS INTEGER)]
       WHEN r_owner < 0.95 THEN 'Hợp tác xã '
       ELSE 'Hộ kinh doanh ' END
    || (['An', 'Bình', 'Cường', 'Đại', 'Đông', 'Gia', 'Hải', 'Hòa', 'Hưng', 'Khánh', 'Kim', 'Long', 'Minh', 'Nam',
         'Phát', 'Phú', 'Phúc', 'Quang', 'Sơn', 'Tân', 'Thành', 'Thịnh', 'Tiến', 'Trường', 'Việt', 'Vĩnh', 'Xuân'])[1 + CAST(floor(r_name1 * 27) AS INTEGER)]
    || ' '
    || (['Anh', 'Bảo', 'Châu', 'Dương', 'Hà', 'Hoàng', 'Lộc', 'Mai', 'Ngọc', 'Phong', 'Thái', 'Thiên', 'Trung', 'Tuấn', 'Vân'])[1 + CAST(floor(r_name2 * 15) AS INTEGER)]
    || ' ' || CAST(i AS VARCHAR) AS name,
  w.code AS province_code,
  'Quận/huyện ' || lpad(CAST(1 + CAST(floor(r_district * 12) AS INTEGER) AS VARCHAR), 2, '0') AS district,
  CASE WHEN r_owner < 0.03 THEN 'Doanh nghiệp nhà nước'
       WHEN r_owner < 0.10 THEN 'Doanh nghiệp có vốn đầu tư nước ngoài'
       WHEN r_owner < 0.78 THEN 'Doanh nghiệp ngoài nhà nước'
       WHEN r_owner < 0.90 THEN 'Cơ quan hành chính, sự nghiệp'
       WHEN r_owner < 0.95 THEN 'Hợp tác xã'
       ELSE 'Hộ kinh doanh, tổ chức khác' END AS ownership,
  -- Most employers are small; a few employ thousands.
  1 + CAST(floor(exp(r_size * r_size * 6.2)) AS INTEGER) AS workers,
  -- Behaviour: chronic debtors pay a fixed share of each month, late payers are often a month or two late.
  CASE WHEN r_kind < 0.010 * w.laxity THEN 'CHRONIC'
       WHEN r_kind < 0.28 * w.laxity THEN 'LATE'
       ELSE 'PROMPT' END AS kind,
  0.55 + 0.4 * r_fraction AS pay_fraction,
  CASE WHEN r_start < 0.2 THEN CAST(floor(r_start / 0.2 * $months) AS INTEGER) ELSE 0 END AS start_offset,
  w.wage, w.laxity
FROM drawn JOIN gen_weight w ON drawn.u >= w.lo AND drawn.u < w.hi;

CREATE OR REPLACE TEMP TABLE gen_due AS
SELECT e.id AS employer_id, e.i, m.k,
  CAST(date_add($firstMonth::DATE, INTERVAL (m.k) MONTH) AS DATE) AS month,
  -- 32% of the wage fund (employer and employee shares), wages rising 6% a year, rounded to 1,000 VND.
  CAST(round(e.workers * e.wage * power(1.06, m.k / 12.0) * 0.32 / 1000) * 1000 AS BIGINT) AS amount,
  e.kind, e.pay_fraction, e.laxity
FROM gen_employer e CROSS JOIN (SELECT range AS k FROM range(0, $months)) m
WHERE m.k >= e.start_offset;

CREATE OR REPLACE TEMP TABLE gen_payment AS
WITH plan AS (
  SELECT employer_id, month, amount, kind, pay_fraction,
    gen_rand(i, k, 21) AS r_late, gen_rand(i, k, 22) AS r_day, gen_rand(i, k, 23) AS r_more
  FROM gen_due
),
paid AS (
  SELECT employer_id, month,
    CASE
      WHEN kind = 'CHRONIC' THEN CAST(round(amount * pay_fraction / 1000) * 1000 AS BIGINT)
      ELSE amount END AS amount,
    -- Days after the month's last day; 0 or less: paid within the month, on time.
    CASE
      WHEN kind = 'PROMPT' AND r_late < 0.03 THEN 3 + CAST(floor(r_more * 30) AS INTEGER)
      WHEN kind = 'LATE' AND r_late < 0.65 THEN 3 + CAST(floor(r_more * r_more * 150) AS INTEGER)
      WHEN kind = 'CHRONIC' THEN 20 + CAST(floor(r_more * 70) AS INTEGER)
      ELSE -CAST(floor(r_day * 20) AS INTEGER) END AS delay_days
  FROM plan
)
SELECT employer_id, CAST(last_day(month) + INTERVAL (delay_days) DAY AS DATE) AS paid_on, amount
FROM paid
WHERE amount > 0
  AND last_day(month) + INTERVAL (delay_days) DAY < date_add($firstMonth::DATE, INTERVAL ($months) MONTH);
