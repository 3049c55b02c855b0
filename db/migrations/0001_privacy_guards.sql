-- Privacy guards that drizzle-kit cannot express: the application role, family isolation by
-- row-level security (defence in depth under the family-scoped queries), and the append-only,
-- hash-chained audit trail (P3). Written for PostgreSQL 15+ (CI) and PGlite (Postgres 18).

-- The role every family-scoped transaction runs as (`set local role hearth_app`). It owns
-- nothing, so row-level security applies to it. Roles are cluster-wide: create idempotently,
-- tolerating a concurrent creator (parallel test databases on one server).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hearth_app') THEN
    BEGIN
      CREATE ROLE hearth_app NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT hearth_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN NULL; -- superusers may SET ROLE without membership
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO hearth_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION hearth_current_family() RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.family_id', true), '')::uuid
$$;
--> statement-breakpoint
-- Each later migration calls this for every new table holding family data; a catalog test
-- fails when a table with a family_id column is not protected.
CREATE OR REPLACE FUNCTION hearth_protect_family_table(tbl regclass, key_column text DEFAULT 'family_id')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS family_isolation ON %s', tbl);
  EXECUTE format(
    'CREATE POLICY family_isolation ON %s TO hearth_app USING (%I = hearth_current_family()) WITH CHECK (%I = hearth_current_family())',
    tbl, key_column, key_column);
  -- The migrating role (the owner) keeps access for system work (sign-in lookups, purge, admin).
  EXECUTE format('DROP POLICY IF EXISTS system_access ON %s', tbl);
  EXECUTE format('CREATE POLICY system_access ON %s TO %I USING (true) WITH CHECK (true)', tbl, current_user);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO hearth_app', tbl);
END $$;
--> statement-breakpoint
SELECT hearth_protect_family_table('families', 'id');
--> statement-breakpoint
SELECT hearth_protect_family_table('parents');
--> statement-breakpoint
SELECT hearth_protect_family_table('parent_sessions');
--> statement-breakpoint
SELECT hearth_protect_family_table('children');
--> statement-breakpoint
SELECT hearth_protect_family_table('child_sessions');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limits TO hearth_app;
--> statement-breakpoint

-- Audit trail ------------------------------------------------------------------------------
-- A family sees its own entries; it may append entries for itself; nobody may change them.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY family_read ON audit_log FOR SELECT TO hearth_app USING (family_id = hearth_current_family());
--> statement-breakpoint
CREATE POLICY family_append ON audit_log FOR INSERT TO hearth_app WITH CHECK (family_id = hearth_current_family());
--> statement-breakpoint
DO $$ BEGIN
  EXECUTE format('CREATE POLICY system_access ON audit_log TO %I USING (true) WITH CHECK (true)', current_user);
END $$;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO hearth_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_log_seq_seq TO hearth_app;
--> statement-breakpoint
-- The canonical form of an entry: a JSON array of its fields with the time rendered in UTC,
-- so the hash never depends on the session's time zone or on jsonb key order.
CREATE OR REPLACE FUNCTION audit_entry_canonical(e audit_log) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    e.seq::text,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.family_id::text, e.actor_type, e.actor_id, e.action, e.target_type, e.target_id,
    e.detail, e.ip, e.request_id, e.prev_hash
  )::text
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_entry_hash(e audit_log) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(audit_entry_canonical(e), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Appends are serialised by a transaction-scoped advisory lock; the sequence number and time
-- are taken after the lock, so the chain order is the commit order and concurrent writers
-- never fork it. SECURITY DEFINER: the previous entry may belong to another family.
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  previous text;
BEGIN
  PERFORM pg_advisory_xact_lock(7263001);
  NEW.seq := nextval(pg_get_serial_sequence('public.audit_log', 'seq'));
  NEW.at := clock_timestamp();
  SELECT hash INTO previous FROM audit_log ORDER BY seq DESC LIMIT 1;
  NEW.prev_hash := coalesce(previous, repeat('0', 64));
  NEW.hash := audit_entry_hash(NEW);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_immutable();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_immutable();
