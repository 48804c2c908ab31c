-- Swaps the next ledger (temporary tables of ledger-stage.sql) in. Run in one transaction.
DELETE FROM ledger_payment_day;
DELETE FROM ledger_province_month;
DELETE FROM ledger_arrears;
DELETE FROM ledger_due;
DELETE FROM employer;
INSERT INTO employer
SELECT id, name, province_code, district, ownership, CAST(workers_v AS INTEGER), $importId, employer_no FROM next_employer
ORDER BY employer_no;
INSERT INTO ledger_arrears SELECT * FROM next_arrears;
INSERT INTO ledger_due SELECT * FROM next_due_month;
INSERT INTO ledger_province_month SELECT * FROM next_province_month;
INSERT INTO ledger_payment_day SELECT * FROM next_payment_day;
