-- Headquarters' settings of a plan, with their history: the status-band thresholds and the composite score's
-- weights and cap (docs/domain.md, "Status bands" and "Composite score"). Each change is a new version; nothing is
-- overwritten, so a ranking or score of any earlier setting can be computed again. A plan without a row uses the
-- defaults (version 0).
CREATE TABLE IF NOT EXISTS plan_setting (
  plan_id VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  on_track DOUBLE NOT NULL,
  at_risk DOUBLE NOT NULL,
  late_payment_at_risk DOUBLE NOT NULL,
  composite_cap DOUBLE NOT NULL,
  late_payment_reference DOUBLE NOT NULL,
  -- {"metric key": weight, …, "late_payment": weight}
  weights VARCHAR NOT NULL,
  set_at TIMESTAMP NOT NULL,
  set_by VARCHAR NOT NULL,
  note VARCHAR NOT NULL,
  PRIMARY KEY (plan_id, version)
);
