import "server-only";
import { count, max } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditActor, AuditContext } from "./actions";
import {
  type AuditFilters,
  type AuditListEntry,
  auditFilterWhere,
  listAuditEntries,
  validAuditQuery,
} from "./query";
import { recordAudit } from "./record";

/**
 * CSV export of the audit trail for admins (PRODUCT.md §4.7). RFC 4180 (CRLF line ends, fields
 * with a comma, quote or line break quoted, quotes doubled), and safe to open in a spreadsheet:
 * a cell that starts like a formula is prefixed with an apostrophe, because actor ids, request
 * ids and details can carry text that reached us from outside.
 */

export const AUDIT_CSV_COLUMNS = [
  "seq",
  "at",
  "family_id",
  "actor_type",
  "actor_id",
  "action",
  "target_type",
  "target_id",
  "detail",
  "ip",
  "request_id",
] as const;

/** Characters that make Excel, LibreOffice and Sheets read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function auditEntryCsvRow(entry: AuditListEntry): string {
  return csvRow([
    entry.seq,
    entry.at.toISOString(),
    entry.familyId,
    entry.actor.type,
    entry.actor.id,
    entry.action,
    entry.target?.type,
    entry.target?.id,
    JSON.stringify(entry.detail),
    entry.ip,
    entry.requestId,
  ]);
}

export interface AuditCsvExport {
  /** Rows in the file (excluding the header), fixed when the export starts. */
  rows: number;
  filename: string;
  stream: ReadableStream<Uint8Array>;
}

/**
 * Starts an export: fixes the set of rows (everything matching the filters up to the newest
 * matching entry now), records `admin.audit_exported` with that count, and returns a stream
 * that reads the rows in keyset batches, so memory stays flat however long the trail is.
 * The entry is written before any row leaves, so an export that is not recorded never happens.
 */
export async function startAuditCsvExport(
  db: Db,
  params: {
    filters: AuditFilters;
    actor: Extract<AuditActor, { type: "admin" }>;
    context?: AuditContext;
    batchSize?: number;
    now?: Date;
  },
): Promise<AuditCsvExport> {
  const batchSize = params.batchSize ?? 500;
  validAuditQuery({ filters: params.filters, limit: batchSize });
  const snapshot = await withSystem(db, async (tx) => {
    const [row] = await tx
      .select({ rows: count(), newest: max(auditLog.seq) })
      .from(auditLog)
      .where(auditFilterWhere(params.filters));
    const rows = Number(row?.rows ?? 0);
    const newest = row?.newest === null || row?.newest === undefined ? null : Number(row.newest);
    await recordAudit(tx, {
      action: "admin.audit_exported",
      actor: params.actor,
      familyId: null,
      target: params.filters.familyId ? { type: "family", id: params.filters.familyId } : undefined,
      detail: { rows },
      context: params.context,
    });
    return { rows, newest };
  });

  const encoder = new TextEncoder();
  // Entries appended after this point (this export's own entry included) have a higher seq.
  let cursor: number | null = snapshot.newest === null ? null : snapshot.newest + 1;
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvRow(AUDIT_CSV_COLUMNS)));
        if (cursor === null) controller.close();
        return;
      }
      if (cursor === null) {
        controller.close();
        return;
      }
      const page = await listAuditEntries(db, { filters: params.filters, after: cursor, limit: batchSize });
      if (page.entries.length > 0) {
        controller.enqueue(encoder.encode(page.entries.map(auditEntryCsvRow).join("")));
      }
      cursor = page.nextCursor;
      if (cursor === null) controller.close();
    },
  });

  const stamp = (params.now ?? new Date()).toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return { rows: snapshot.rows, filename: `hearth-audit-${stamp}.csv`, stream };
}
