import { bigserial, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns";

/**
 * The COPPA audit trail (P3). Append-only: triggers in migration 0001 refuse UPDATE, DELETE
 * and TRUNCATE. Each entry carries the previous entry's hash; `hash` covers a canonical,
 * time-zone-independent serialisation of the entry (SQL function audit_entry_hash).
 * No foreign keys: entries outlive the families and children they mention (P19).
 */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    at: timestamptz("at").notNull().defaultNow(),
    familyId: uuid("family_id"),
    actorType: text("actor_type", { enum: ["parent", "child", "admin", "system", "anonymous"] }).notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    detail: jsonb("detail").notNull().default({}),
    ip: text("ip"),
    requestId: text("request_id"),
    prevHash: text("prev_hash").notNull().default(""), // set by the chain trigger
    hash: text("hash").notNull().default(""), // set by the chain trigger
  },
  (t) => [
    index("audit_log_family_seq_idx").on(t.familyId, t.seq),
    index("audit_log_action_seq_idx").on(t.action, t.seq),
    index("audit_log_at_idx").on(t.at),
  ],
);
