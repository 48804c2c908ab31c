-- Swaps the next ledger (temporary tables of ledger-stage.sql) in. Run in one transaction.
DELETE FROM ledger_payment_day;
DELETE FROM ledger_province_month;
DELETE FROM ledger_month;
DELETE FROM contribution_payment;
DELETE FROM contribution_due;
DELETE FROM employer;
INSERT INTO employer
SELECT id, name, province_code, district, ownership, workers, $importId, employer_no FROM next_employer;
INSERT INTO contribution_due SELECT employer_id, month, amount FROM next_due;
INSERT INTO contribution_payment SELECT employer_id, paid_on, amount FROM next_payment;
INSERT INTO ledger_month SELECT * FROM next_month;
INSERT INTO ledger_province_month SELECT * FROM next_province_month;
INSERT INTO ledger_payment_day SELECT * FROM next_payment_day;
