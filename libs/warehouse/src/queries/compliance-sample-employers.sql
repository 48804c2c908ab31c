-- The employers of the contribution ledger the synthetic compliance cases are drawn from (compliance-generator.ts),
-- in the order of their ids.
SELECT id, name, district, province_code, workers
FROM employer
ORDER BY id;
