import "server-only";
import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditLog } from "@/db/schema";
import { withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import { AppError } from "@/lib/errors";
import type { AuditAction, AuditActor, AuditContext } from "./actions";
import { recordAudit } from "./record";

/**
 * Reading the audit trail across families, for the admin viewer (P3, PRODUCT.md §4.7).
 * Entries hold ids, actions and field names by design (see actions.ts), so showing them to an
 * admin shows no child content.
 */

/**
 * Every typed action, at run time, for the viewer's action filter. A mapped type rather than a
 * plain array so that adding an action to `AuditDetails` without listing it here fails to compile.
 */
const ACTIONS: { readonly [A in AuditAction]: true } = {
  "parent.signed_up": true,
  "parent.signed_in": true,
  "parent.signed_out": true,
  "family.created": true,
  "family.code_regenerated": true,
  "family.settings_changed": true,
  "family.deleted": true,
  "family.restored": true,
  "family.purged": true,
  "child.created": true,
  "child.updated": true,
  "child.pin_changed": true,
  "child.ai_consent_changed": true,
  "child.deleted": true,
  "child.restored": true,
  "child.purged": true,
  "child.signed_in": true,
  "child.sign_in_failed": true,
  "child.locked": true,
  "child.unlocked": true,
  "child.sessions_ended": true,
  "data.viewed": true,
  "data.exported": true,
  "admin.audit_viewed": true,
  "admin.audit_exported": true,
  "admin.audit_verified": true,
  "safety.flagged": true,
};

export const AUDIT_ACTIONS = Object.keys(ACTIONS) as [AuditAction, ...AuditAction[]];
export const AUDIT_ACTOR_TYPES = auditLog.actorType.enumValues;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
const ACTOR_ID_MAX = 200;

export interface AuditFilters {
  familyId?: string;
  actorType?: AuditActorType;
  actorId?: string;
  action?: AuditAction;
  /** Inclusive. */
  from?: Date;
  /** Exclusive: a search "to 14 March" arrives here as 15 March 00:00 UTC. */
  to?: Date;
}

export interface AuditQuery {
  filters: AuditFilters;
  /** Keyset cursor: only entries with `seq < after` (the previous page's `nextCursor`). */
  after?: number;
  limit: number;
}

export interface AuditListEntry {
  seq: number;
  at: Date;
  familyId: string | null;
  actor: { type: AuditActorType; id: string | null };
  action: string;
  target: { type: string; id: string | null } | null;
  /** Ids, field names and categories only (never child content), as typed in actions.ts. */
  detail: Record<string, unknown>;
  ip: string | null;
  requestId: string | null;
}

export interface AuditPage {
  entries: AuditListEntry[];
  /** Pass as `after` to get the next (older) page; null on the last page. */
  nextCursor: number | null;
}

const FILTER_NAMES = ["familyId", "actorType", "actorId", "action", "from", "to"] as const;
export type AuditFilterName = (typeof FILTER_NAMES)[number];

const filtersSchema = z
  .object({
    familyId: z.uuid("The family id must be a UUID.").optional(),
    actorType: z.enum(AUDIT_ACTOR_TYPES, { message: "Unknown actor type." }).optional(),
    actorId: z.string().min(1).max(ACTOR_ID_MAX, "The actor id is too long.").optional(),
    action: z.enum(AUDIT_ACTIONS, { message: "Unknown action." }).optional(),
    from: z.date("The start must be a valid date.").optional(),
    to: z.date("The end must be a valid date.").optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from < f.to, {
    path: ["to"],
    message: "The end of the date range must be after its start.",
  });

const querySchema = z.object({
  filters: filtersSchema,
  after: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE),
});

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    // A filter's own name, not "filters", so a form can put the message beside its field.
    const key = String(
      issue.path[0] === "filters" ? (issue.path[1] ?? "filters") : (issue.path[0] ?? "form"),
    );
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Checks a query before it reaches the database; a bad one is a typed `bad_input` error. */
export function validAuditQuery(query: AuditQuery): AuditQuery {
  const parsed = querySchema.safeParse(query);
  if (!parsed.success) {
    throw new AppError("bad_input", "Those audit filters are not valid.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  }
  return parsed.data;
}

/** The `where` for a set of filters; shared with the CSV export so both select the same rows. */
export function auditFilterWhere(filters: AuditFilters): SQL | undefined {
  return and(
    filters.familyId ? eq(auditLog.familyId, filters.familyId) : undefined,
    filters.actorType ? eq(auditLog.actorType, filters.actorType) : undefined,
    filters.actorId ? eq(auditLog.actorId, filters.actorId) : undefined,
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    filters.from ? gte(auditLog.at, filters.from) : undefined,
    filters.to ? lt(auditLog.at, filters.to) : undefined,
  );
}

/** The names of the filters in use, for the audit entry that records a view (never their values). */
export function auditFilterNames(filters: AuditFilters): AuditFilterName[] {
  return FILTER_NAMES.filter((name) => filters[name] !== undefined);
}

/**
 * One page of the audit trail across all families, newest first. Keyset pagination on `seq`
 * (never OFFSET): a page is stable while new entries are appended, and every entry appears on
 * exactly one page. Runs with system privileges because an admin reads every family's entries;
 * bad filters become a typed `bad_input` error before anything reaches the database.
 */
export async function listAuditEntries(db: Db, query: AuditQuery): Promise<AuditPage> {
  const { filters, after, limit } = validAuditQuery(query);
  const rows = await withSystem(db, (tx) =>
    tx
      .select({
        seq: auditLog.seq,
        at: auditLog.at,
        familyId: auditLog.familyId,
        actorType: auditLog.actorType,
        actorId: auditLog.actorId,
        action: auditLog.action,
        targetType: auditLog.targetType,
        targetId: auditLog.targetId,
        detail: auditLog.detail,
        ip: auditLog.ip,
        requestId: auditLog.requestId,
      })
      .from(auditLog)
      .where(and(auditFilterWhere(filters), after === undefined ? undefined : lt(auditLog.seq, after)))
      .orderBy(desc(auditLog.seq))
      .limit(limit + 1),
  );
  const page = rows.slice(0, limit);
  return {
    entries: page.map((row) => ({
      seq: row.seq,
      at: row.at,
      familyId: row.familyId,
      actor: { type: row.actorType, id: row.actorId },
      action: row.action,
      target: row.targetType ? { type: row.targetType, id: row.targetId } : null,
      detail: isRecord(row.detail) ? row.detail : {},
      ip: row.ip,
      requestId: row.requestId,
    })),
    nextCursor: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An admin's page load of the viewer: the page and the `admin.audit_viewed` entry that records
 * it commit together, so nothing is shown that was not recorded. The entry names the filters
 * used, not their values; a family filter becomes the entry's target, because which family's
 * trail an admin read is exactly what the trail is for.
 */
export async function viewAuditLog(
  db: Db,
  params: { actor: Extract<AuditActor, { type: "admin" }>; query: AuditQuery; context?: AuditContext },
): Promise<AuditPage> {
  const query = validAuditQuery(params.query);
  return withSystem(db, async (tx) => {
    const page = await listAuditEntries(tx, query);
    await recordAudit(tx, {
      action: "admin.audit_viewed",
      actor: params.actor,
      familyId: null,
      target: query.filters.familyId ? { type: "family", id: query.filters.familyId } : undefined,
      detail: { filters: auditFilterNames(query.filters) },
      context: params.context,
    });
    return page;
  });
}

// Search parameters -----------------------------------------------------------------------------

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date from the filter form (`2025-03-14`, read as a UTC day) or a full ISO date-time with
 * an offset. A day used as the end of a range means the end of that day.
 */
function parseTime(value: string, edge: "start" | "end"): Date | null {
  const day = DAY.exec(value);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    // Date.UTC rolls 2025-02-30 over to March; a real day survives the round trip.
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
    if (edge === "end") date.setUTCDate(date.getUTCDate() + 1);
    return date;
  }
  if (!z.iso.datetime({ offset: true }).safeParse(value).success) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function firstString(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string") return undefined;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** An optional query parameter: a repeated one counts once, and an empty one is absent. */
function param<T extends z.ZodType>(inner: T) {
  return z.preprocess(firstString, inner.optional());
}

const timeParam = (edge: "start" | "end") =>
  param(
    z
      .string()
      .max(40, "Use a date like 2025-03-14.")
      .transform((value, ctx) => {
        const date = parseTime(value, edge);
        if (!date) {
          ctx.addIssue({ code: "custom", message: "Use a date like 2025-03-14." });
          return z.NEVER;
        }
        return date;
      }),
  );

/**
 * The viewer's and the export's query string. Exported so the page, the export route and the
 * tests read filters the same way.
 */
export const auditSearchParamsSchema = z
  .object({
    familyId: param(z.uuid("A family id looks like 3f2b8c1e-… (a UUID).")),
    actorType: param(z.enum(AUDIT_ACTOR_TYPES, { message: "Choose an actor type from the list." })),
    actorId: param(z.string().max(ACTOR_ID_MAX, `Actor ids are at most ${ACTOR_ID_MAX} characters.`)),
    action: param(z.enum(AUDIT_ACTIONS, { message: "Choose an action from the list." })),
    from: timeParam("start"),
    to: timeParam("end"),
    after: param(
      z.coerce
        .number({ message: "That page link is not valid." })
        .int("That page link is not valid.")
        .positive("That page link is not valid.")
        .max(Number.MAX_SAFE_INTEGER, "That page link is not valid."),
    ),
  })
  .refine((v) => !v.from || !v.to || v.from < v.to, {
    path: ["to"],
    message: "The end date must be on or after the start date.",
  });

export type AuditSearchValues = Partial<Record<AuditFilterName | "after", string>>;

export type ParsedAuditSearch =
  | { ok: true; filters: AuditFilters; after?: number; values: AuditSearchValues }
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: AuditSearchValues };

/**
 * Reads filters from a query string. Bad input is never passed on (a malformed UUID would
 * otherwise reach Postgres as a cast error and a 500): it comes back as messages per field,
 * with what was typed, so the form can show both.
 */
export function parseAuditSearchParams(raw: RawParams): ParsedAuditSearch {
  const record: Record<string, unknown> =
    raw instanceof URLSearchParams ? Object.fromEntries(raw.entries()) : { ...raw };
  const values: AuditSearchValues = {};
  for (const key of [...FILTER_NAMES, "after"] as const) {
    const v = firstString(record[key]);
    if (v !== undefined) values[key] = v.slice(0, 200);
  }
  const parsed = auditSearchParamsSchema.safeParse(record);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return {
      ok: false,
      message: `Please check the filters: ${Object.values(fieldErrors).flat().join(" ")}`,
      fieldErrors,
      values,
    };
  }
  const { after, ...filters } = parsed.data;
  return { ok: true, filters, after, values };
}
