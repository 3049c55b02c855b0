-- The chain trigger assigns seq after taking its lock (commit order = chain order); the column
-- default only burned a second number per entry. NOT NULL still holds: constraints are checked
-- after BEFORE triggers.
ALTER TABLE audit_log ALTER COLUMN seq DROP DEFAULT;
