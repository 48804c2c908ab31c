-- The payments with their employer's number and province, derived at import and sorted by day: the payments
-- of the as-of month made after the as-of date are the only part of a late-payment figure not in ledger_month,
-- and sorted by day they are read without scanning the whole payment table or matching employer ids as text.
CREATE TABLE ledger_payment_day (
  paid_on       DATE NOT NULL,
  province_code VARCHAR NOT NULL,
  employer_no   INTEGER NOT NULL,
  amount        BIGINT NOT NULL
);

-- A database migrated before this table existed gets it filled from the ledger it already holds.
INSERT INTO ledger_payment_day
SELECT p.paid_on, e.province_code, e.employer_no, p.amount
FROM contribution_payment p JOIN employer e ON e.id = p.employer_id
WHERE p.paid_on <= (SELECT last_day(max(month)) FROM contribution_due)
ORDER BY p.paid_on;
