-- The compliance cases of a province ($province; NULL: every province) opened on or before $asOf (or the one
-- case $id), each with its
-- listings (oldest first) and steps (in date order; the steps of one day in the order recorded, then in the
-- guidance's order, $stepOrder). Later steps and outcomes are returned too: the domain cuts them at a date.
WITH c AS (
  SELECT id, tax_code, province_code, opened_on, outcome, outcome_on, workers_registered, synthetic
  FROM compliance_case
  WHERE ($province IS NULL OR province_code = $province) AND opened_on <= CAST($asOf AS DATE)
    AND ($id::BIGINT IS NULL OR id = $id)
),
listings AS (
  SELECT case_id,
    list({'kind': kind, 'receivedOn': strftime(received_on, '%Y-%m-%d'), 'workers': workers} ORDER BY received_on) AS listings
  FROM compliance_listing
  WHERE case_id IN (SELECT id FROM c)
  GROUP BY case_id
),
steps AS (
  SELECT case_id,
    list({'kind': kind, 'on': strftime(done_on, '%Y-%m-%d'), 'document': document}
      ORDER BY done_on, recorded_at, list_position($stepOrder, kind)) AS steps
  FROM compliance_step
  WHERE case_id IN (SELECT id FROM c)
  GROUP BY case_id
)
SELECT c.id, c.tax_code, c.province_code, c.outcome, strftime(c.outcome_on, '%Y-%m-%d') AS outcome_on,
  c.workers_registered, c.synthetic, l.listings, coalesce(s.steps, []) AS steps
FROM c
LEFT JOIN listings l ON l.case_id = c.id
LEFT JOIN steps s ON s.case_id = c.id
ORDER BY c.province_code, c.opened_on, c.tax_code, c.id;
