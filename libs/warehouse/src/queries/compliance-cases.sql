-- The compliance cases of a province ($province; NULL: every province) opened on or before $asOf (or the one
-- case $id), each with the employer's name, district and address of its latest listing, its listings (oldest
-- first), its steps (in date order; the steps of one day in the order recorded, then in the guidance's order,
-- $stepOrder) and its outcome. Later steps and outcomes are returned too: the domain cuts them at a date.
WITH c AS (
  SELECT id, tax_code, province_code, opened_on, synthetic
  FROM compliance_case
  WHERE ($province IS NULL OR province_code = $province) AND opened_on <= CAST($asOf AS DATE)
    AND ($id::BIGINT IS NULL OR id = $id)
),
listings AS (
  SELECT case_id,
    list({'kind': kind, 'receivedOn': strftime(received_on, '%Y-%m-%d'), 'workers': workers} ORDER BY received_on) AS listings,
    arg_max(employer_name, received_on) AS employer_name, arg_max(district, received_on) AS district,
    arg_max(address, received_on) AS address
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
),
-- The first outcome recorded is the case's (a second is refused; a case that has ended is never reopened).
outcomes AS (
  SELECT case_id, arg_min({'kind': kind, 'on': strftime(done_on, '%Y-%m-%d'), 'workersRegistered': workers_registered,
    'contributionRecovered': contribution_recovered, 'document': document}, recorded_at) AS outcome
  FROM compliance_outcome
  WHERE case_id IN (SELECT id FROM c)
  GROUP BY case_id
)
SELECT c.id, c.tax_code, c.province_code, c.synthetic, l.employer_name, l.district, l.address, l.listings,
  coalesce(s.steps, []) AS steps, o.outcome
FROM c
LEFT JOIN listings l ON l.case_id = c.id
LEFT JOIN steps s ON s.case_id = c.id
LEFT JOIN outcomes o ON o.case_id = c.id
ORDER BY c.province_code, c.opened_on, c.tax_code, c.id;
