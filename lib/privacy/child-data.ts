import { openField } from "@/lib/crypto/family-keys";
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import {
  DATA_GROUPS,
  type DataDictionaryEntry,
  type DataGroupId,
  dictionaryFor,
  type PiiClass,
} from "@/db/data-dictionary";
import { queryRows } from "@/db/rows";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { notFound } from "@/lib/errors";
import type { LifecycleScope } from "./lifecycle";

/**
 * Everything Hearth holds about one child (P20 access and export), collected table by table
 * from the data dictionary's child groups, so a new table with child data shows up here once
 * it has dictionary entries (which tests/integration/privacy/data-dictionary.test.ts demands).
 *
 * The JSON export is exactly this shape (`ChildData`), versioned by `schemaVersion`:
 *
 * ```jsonc
 * {
 *   "schemaVersion": 1,
 *   "generatedAt": "2025-03-01T12:00:00.000Z",       // ISO 8601, UTC
 *   "child": { "id": "<uuid>", "firstName": "Ada" },
 *   "notes": ["…how to read this file…"],
 *   "groups": [                                       // in DATA_GROUPS order, child groups only
 *     {
 *       "id": "profile", "title": "Profile", "description": "…", "retention": "…",
 *       "sections": [                                 // one per table in the group
 *         {
 *           "table": "children",
 *           "columns": [{ "column": "first_name", "purpose": "…", "piiClass": "child_profile", "encrypted": false }],
 *           "rows": [{ "first_name": "Ada", "pin_hash": "[stored as a one-way hash; not shown]", … }]
 *         }
 *       ]
 *     }
 *   ]
 * }
 * ```
 *
 * Row values are JSON: timestamps are ISO 8601 strings in UTC, JSON columns stay JSON. Secret
 * columns (PIN and token hashes) are replaced by SECRET_PLACEHOLDER; encrypted columns go
 * through `readEncryptedFieldForExport`, which decrypts them with the family's data key (JSON
 * payloads stay JSON). A null stays null.
 *
 * Deleted children are excluded: they are hidden (P19), so a deleted or foreign id is not found.
 */

export const CHILD_DATA_SCHEMA_VERSION = 1 as const;

export const SECRET_PLACEHOLDER = "[stored as a one-way hash; not shown]";
export const ENCRYPTED_PLACEHOLDER = "[encrypted record]";
export const UNREADABLE_PLACEHOLDER = "[encrypted record that could not be opened]";

export type ExportValue = string | number | boolean | null | ExportValue[] | { [key: string]: ExportValue };

export interface ChildDataColumn {
  column: string;
  purpose: string;
  piiClass: PiiClass;
  encrypted: boolean;
}

export interface ChildDataSection {
  table: string;
  columns: ChildDataColumn[];
  rows: Record<string, ExportValue>[];
}

export interface ChildDataGroup {
  id: DataGroupId;
  title: string;
  description: string;
  retention: string;
  sections: ChildDataSection[];
}

export interface ChildData {
  schemaVersion: typeof CHILD_DATA_SCHEMA_VERSION;
  generatedAt: string;
  child: { id: string; firstName: string };
  notes: string[];
  groups: ChildDataGroup[];
}

export const CHILD_DATA_NOTES = [
  "This is every record Hearth holds about your child, grouped as in our data dictionary. Each column is listed with its purpose; each group says how long it is kept.",
  "The PIN is never stored: only a one-way (bcrypt) hash of it, which is not shown. Session tokens are stored the same way.",
  "Typed answers, assessment results and tutor conversations are encrypted at rest; they are decrypted here for you.",
  "Our audit trail also records when you and your child signed in, viewed or exported data, and any deletion. It holds ids and categories, never your child's name, answers or messages.",
];

/** Where an encrypted value lives: the same context its ciphertext is bound to (lib/crypto/field.ts). */
export interface EncryptedField {
  table: string;
  column: string;
  rowId: string | null;
  familyId: string;
  ciphertext: string;
}

/**
 * Decrypts one encrypted value for the parent's view and export (P20: all data held, readable).
 * Runs inside the family transaction, with the family's data key. A value that no longer
 * opens (tampered, or bound to another row) is reported as unreadable rather than failing the
 * whole export. JSON payloads (assessment state and results) are returned as JSON.
 */
export async function readEncryptedFieldForExport(tx: Db, field: EncryptedField): Promise<ExportValue> {
  if (!field.rowId) return UNREADABLE_PLACEHOLDER;
  try {
    const plaintext = await openField(
      tx,
      { table: field.table, column: field.column, rowId: field.rowId, familyId: field.familyId },
      field.ciphertext,
    );
    if (/^[[{]/.test(plaintext)) {
      try {
        return JSON.parse(plaintext) as ExportValue;
      } catch {
        return plaintext;
      }
    }
    return plaintext;
  } catch {
    return UNREADABLE_PLACEHOLDER;
  }
}

/** The order rows are listed in: the first of these columns the table has, oldest first. */
const ORDER_COLUMNS = ["at", "started_at", "created_at", "due", "updated_at"];

function orderClause(entries: DataDictionaryEntry[]) {
  const names = new Set(entries.map((e) => e.column));
  const parts = [...ORDER_COLUMNS, "skill_id", "id"]
    .filter((c) => names.has(c))
    .map((c) => sql`${sql.identifier(c)} asc`);
  return parts.length > 0 ? sql`order by ${sql.join(parts, sql`, `)}` : sql``;
}

async function rowsOf(tx: Db, table: string, entries: DataDictionaryEntry[], ids: Ids) {
  // to_jsonb gives driver-independent values: ISO timestamps (UTC, set below), numbers, JSON.
  const where =
    table === "children"
      ? sql`t.id = ${ids.childId} and t.family_id = ${ids.familyId} and t.deleted_at is null`
      : sql`t.child_id = ${ids.childId} and t.family_id = ${ids.familyId}`;
  const rows = await queryRows<{ row: Record<string, ExportValue> }>(
    tx,
    sql`select to_jsonb(t) as row from ${sql.identifier(table)} t where ${where} ${orderClause(entries)}`,
  );
  return rows.map((r) => r.row);
}

interface Ids {
  familyId: string;
  childId: string;
}

async function presentRow(
  tx: Db,
  table: string,
  raw: Record<string, ExportValue>,
  entries: Map<string, DataDictionaryEntry>,
  ids: Ids,
): Promise<Record<string, ExportValue>> {
  const out: Record<string, ExportValue> = {};
  // Dictionary order first, then anything the dictionary does not know yet (never dropped).
  const keys = [...entries.keys(), ...Object.keys(raw).filter((k) => !entries.has(k))];
  for (const key of keys) {
    if (!(key in raw)) continue;
    const value = raw[key] ?? null;
    const entry = entries.get(key);
    if (value === null) out[key] = null;
    else if (entry?.piiClass === "secret") out[key] = SECRET_PLACEHOLDER;
    else if (entry?.encrypted) {
      out[key] = await readEncryptedFieldForExport(tx, {
        table,
        column: key,
        rowId: typeof raw.id === "string" ? raw.id : null,
        familyId: ids.familyId,
        ciphertext: String(value),
      });
    } else out[key] = value;
  }
  return out;
}

async function collectInTx(tx: Db, ids: Ids, now: Date): Promise<ChildData> {
  await tx.execute(sql`select set_config('timezone', 'UTC', true)`);
  const groups: ChildDataGroup[] = [];
  let firstName: string | null = null;
  for (const group of DATA_GROUPS.filter((g) => g.about === "child")) {
    const sections: ChildDataSection[] = [];
    for (const table of group.tables) {
      const entries = dictionaryFor(table);
      const byColumn = new Map(entries.map((e) => [e.column, e]));
      const raw = await rowsOf(tx, table, entries, ids);
      if (table === "children") {
        const profile = raw[0];
        if (!profile) throw notFound("That child profile");
        firstName = String(profile.first_name);
      }
      const rows = await Promise.all(raw.map((r) => presentRow(tx, table, r, byColumn, ids)));
      const extra = [...new Set(raw.flatMap((r) => Object.keys(r)))].filter((k) => !byColumn.has(k));
      sections.push({
        table,
        columns: [
          ...entries.map((e) => ({
            column: e.column,
            purpose: e.purpose,
            piiClass: e.piiClass,
            encrypted: e.encrypted === true,
          })),
          ...extra.map((column) => ({
            column,
            purpose: "Not yet described in the data dictionary.",
            piiClass: "operational" as const,
            encrypted: false,
          })),
        ],
        rows,
      });
    }
    groups.push({
      id: group.id,
      title: group.title,
      description: group.description,
      retention: dictionaryFor(group.tables[0]!)[0]?.retention ?? "",
      sections,
    });
  }
  if (firstName === null) throw notFound("That child profile");
  return {
    schemaVersion: CHILD_DATA_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    child: { id: ids.childId, firstName },
    notes: CHILD_DATA_NOTES,
    groups,
  };
}

function checkedIds(params: { familyId: string; childId: string }): Ids {
  // A malformed id is just another unknown child (P17): same not-found, no database error.
  if (!z.uuid().safeParse(params.childId).success) throw notFound("That child profile");
  return { familyId: params.familyId, childId: params.childId };
}

/** All data held about a child of the family. Foreign, unknown and deleted ids: not found. */
export async function collectChildData(
  db: Db,
  params: { familyId: string; childId: string; now?: Date },
): Promise<ChildData> {
  const ids = checkedIds(params);
  return withFamily(db, ids.familyId, (tx) => collectInTx(tx, ids, params.now ?? new Date()));
}

/** Collects the data for the parent's data page and records the view (data.viewed) with it. */
export async function viewChildData(
  db: Db,
  scope: LifecycleScope,
  input: { childId: string; now?: Date },
): Promise<ChildData> {
  const ids = checkedIds({ familyId: scope.familyId, childId: input.childId });
  return withFamily(db, ids.familyId, async (tx) => {
    const data = await collectInTx(tx, ids, input.now ?? new Date());
    await recordAudit(tx, {
      action: "data.viewed",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: ids.childId },
      detail: { what: "child_data" },
      context: scope.context,
    });
    return data;
  });
}

export type ExportFormat = "json" | "pdf";

/**
 * Builds an export and records it (data.exported) in the same transaction, after the document
 * has been rendered: an export that fails to render is not recorded as made.
 */
export async function exportChildData<T>(
  db: Db,
  scope: LifecycleScope,
  input: { childId: string; format: ExportFormat; now?: Date },
  render: (data: ChildData) => Promise<T> | T,
): Promise<{ data: ChildData; body: T }> {
  const ids = checkedIds({ familyId: scope.familyId, childId: input.childId });
  return withFamily(db, ids.familyId, async (tx) => {
    const data = await collectInTx(tx, ids, input.now ?? new Date());
    const body = await render(data);
    await recordAudit(tx, {
      action: "data.exported",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: ids.childId },
      detail: { format: input.format },
      context: scope.context,
    });
    return { data, body };
  });
}

/** The JSON export document. */
export function childDataJson(data: ChildData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
