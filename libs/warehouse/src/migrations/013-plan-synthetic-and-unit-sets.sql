-- A plan made up for demonstration (the shipped 2026 plan on the 34 units) is marked synthetic, shown as such and
-- listed after the plans as published, so a made-up plan is never what the dashboard opens on.
ALTER TABLE plan ADD COLUMN synthetic BOOLEAN DEFAULT false;

-- A ledger carries its unit set as a plan does. The ledgers imported so far are on the 63 units (their province
-- codes are checked against them); a view on the 34 sums them onto their successors (late-payment.service.ts).
ALTER TABLE ledger_import ADD COLUMN unit_set VARCHAR DEFAULT 'vn63-2004';
