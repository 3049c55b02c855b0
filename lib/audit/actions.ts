/**
 * Every COPPA-relevant action (P3) with the shape of its detail. Details hold ids, field names
 * and categories, never child content (names, PINs, messages, answers).
 */
export interface AuditDetails {
  "parent.signed_up": { provider: "local" | "clerk" };
  "parent.signed_in": { provider: "local" | "clerk" };
  "parent.signed_out": Record<string, never>;
  "family.created": Record<string, never>;
  "family.code_regenerated": Record<string, never>;
  "family.settings_changed": { fields: string[] };
  "family.deleted": { purgeAfter: string };
  "family.restored": Record<string, never>;
  "family.purged": Record<string, never>;
  "child.created": { fields: string[]; aiConsent: boolean };
  "child.updated": { fields: string[] };
  "child.pin_changed": Record<string, never>;
  "child.ai_consent_changed": { aiConsent: boolean };
  "child.deleted": { purgeAfter: string };
  "child.restored": Record<string, never>;
  "child.purged": Record<string, never>;
  "child.signed_in": Record<string, never>;
  "child.sign_in_failed": { reason: "wrong_pin" | "locked" | "throttled" };
  "child.locked": { failures: number };
  "child.unlocked": Record<string, never>;
  "child.sessions_ended": { count: number };
  "data.viewed": { what: string };
  "data.exported": { format: "json" | "pdf" };
  "admin.audit_viewed": { filters: string[] };
  "admin.audit_exported": { rows: number };
  "admin.audit_verified": { ok: boolean; brokenAt: number | null };
  "safety.flagged": { category: string; severity: string; source: "input" | "output" };
}

export type AuditAction = keyof AuditDetails;

export type AuditActor =
  | { type: "parent"; id: string }
  | { type: "child"; id: string }
  | { type: "admin"; id: string }
  | { type: "system"; id?: string }
  | { type: "anonymous" };

export interface AuditContext {
  ip?: string | null;
  requestId?: string | null;
}

export type AuditEntry<A extends AuditAction = AuditAction> = {
  action: A;
  actor: AuditActor;
  familyId: string | null;
  target?: { type: "family" | "parent" | "child" | "session" | "report" | "upload" | "audit"; id: string };
  detail: AuditDetails[A];
  context?: AuditContext;
};
