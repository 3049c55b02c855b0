import { randomUUID } from "node:crypto";
import { inflateSync } from "node:zlib";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_GROUPS } from "@/db/data-dictionary";
import { queryRows } from "@/db/rows";
import { attempts, familyKeys } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import { sealField } from "@/lib/crypto/family-keys";
import { deleteChild } from "@/lib/family/children";
import { getFamily } from "@/lib/family/families";
import {
  type ChildData,
  collectChildData,
  SECRET_PLACEHOLDER,
  UNREADABLE_PLACEHOLDER,
  viewChildData,
} from "@/lib/privacy/child-data";
import { childExportResponse } from "@/lib/privacy/child-export";
import { createChildFor, createParent } from "@/tests/support/factories";
import { familyDataTableNames, seedEveryFamilyTable } from "@/tests/support/family-data";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

async function setup(firstName = "Marisol") {
  const parent = await createParent(t.db);
  const child = await createChildFor(t.db, parent, { firstName });
  await seedEveryFamilyTable(t.db, { familyId: parent.familyId, childId: child.id });
  const scope = { familyId: parent.familyId, actor: { type: "parent" as const, id: parent.parentId } };
  return { parent, child, scope };
}

async function auditActions(familyId: string) {
  return queryRows<{ action: string; target_id: string | null; detail: Record<string, unknown> }>(
    t.db,
    sql`select action, target_id, detail from audit_log where family_id = ${familyId} order by seq`,
  );
}

function sectionOf(data: ChildData, table: string) {
  return data.groups.flatMap((g) => g.sections).find((s) => s.table === table);
}

/**
 * The text a PDF shows: pdf-lib writes text as hex strings inside Flate-compressed content
 * streams, so inflate every stream and decode the hex strings of its text operators.
 */
function pdfText(bytes: Uint8Array): { text: string; pages: number } {
  const buffer = Buffer.from(bytes);
  const raw = buffer.toString("latin1");
  const chunks: string[] = [raw];
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    try {
      chunks.push(inflateSync(buffer.subarray(start, end)).toString("latin1"));
    } catch {
      // not a Flate stream
    }
  }
  const all = chunks.join("\n");
  const text = [...all.matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj/g)]
    .map((m) => Buffer.from(m[1]!.replace(/\s/g, ""), "hex").toString("latin1"))
    .join("\n");
  const pages = all.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  return { text, pages };
}

describe("P20 a parent can see all data held about each child", () => {
  it("P20 the collected data covers every table with a child_id column, with rows", async () => {
    const { parent, child } = await setup();
    const data = await collectChildData(t.db, { familyId: parent.familyId, childId: child.id });
    const { child: childTables } = await familyDataTableNames(t.db);
    expect(childTables.length).toBeGreaterThanOrEqual(6);
    for (const table of [...childTables, "children"]) {
      const section = sectionOf(data, table);
      expect(section, `${table} is in the collected data`).toBeDefined();
      expect(section!.rows.length, `${table} rows`).toBeGreaterThan(0);
      for (const row of section!.rows) {
        if (table !== "children") expect(row.child_id).toBe(child.id);
      }
    }
    expect(data.groups.map((g) => g.id)).toEqual(
      DATA_GROUPS.filter((g) => g.about === "child").map((g) => g.id),
    );
  });

  it("P20 P4 the profile says a PIN hash is stored without showing it; encrypted fields are marked", async () => {
    const { parent, child } = await setup();
    const data = await collectChildData(t.db, { familyId: parent.familyId, childId: child.id });
    const [stored] = await queryRows<{ pin_hash: string }>(
      t.db,
      sql`select pin_hash from children where id = ${child.id}`,
    );
    const profile = sectionOf(data, "children")!.rows[0]!;
    expect(profile.first_name).toBe("Marisol");
    expect(profile.pin_hash).toBe(SECRET_PLACEHOLDER);
    expect(JSON.stringify(data)).not.toContain(stored!.pin_hash);
    const attempt = sectionOf(data, "attempts")!.rows[0]!;
    // The seeded row holds bytes that are not a ciphertext of this row: reported, not fatal.
    expect(attempt.answer_enc).toBe(UNREADABLE_PLACEHOLDER);
    expect(typeof attempt.id).toBe("string");
    expect(attempt.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/);
  });

  it("P20 P17 P19 another family's child, an unknown id, a malformed id and a deleted child are not found", async () => {
    const a = await setup();
    const b = await setup("Tobiah");
    for (const childId of [b.child.id, "00000000-0000-4000-8000-000000000000", "../etc", ""]) {
      await expect(collectChildData(t.db, { familyId: a.parent.familyId, childId })).rejects.toMatchObject({
        code: "not_found",
      });
      for (const format of ["json", "pdf"]) {
        const response = await childExportResponse(t.db, a.parent, { childId, format });
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain("Tobiah");
      }
    }
    await deleteChild(t.db, a.scope, { childId: a.child.id });
    await expect(
      collectChildData(t.db, { familyId: a.parent.familyId, childId: a.child.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    const exported = (await auditActions(a.parent.familyId)).filter((e) => e.action === "data.exported");
    expect(exported).toEqual([]);
  });

  it("P20 P3 viewing the data page is audited", async () => {
    const { scope, child, parent } = await setup();
    await viewChildData(t.db, scope, { childId: child.id });
    expect(await auditActions(parent.familyId)).toContainEqual({
      action: "data.viewed",
      target_id: child.id,
      detail: { what: "child_data" },
    });
  });
});

describe("P20 a parent can export all data held about each child (JSON and PDF)", () => {
  it("P20 the JSON export has the documented shape and is audited", async () => {
    const { parent, child } = await setup();
    const response = await childExportResponse(t.db, parent, { childId: child.id, format: "json" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="hearth-marisol-data-\d{4}-\d{2}-\d{2}\.json"/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as ChildData;
    expect(body.schemaVersion).toBe(1);
    expect(new Date(body.generatedAt).toISOString()).toBe(body.generatedAt);
    expect(body.child).toEqual({ id: child.id, firstName: "Marisol" });
    expect(body.notes.length).toBeGreaterThan(0);
    for (const group of body.groups) {
      expect(Object.keys(group).sort()).toEqual(["description", "id", "retention", "sections", "title"]);
      for (const section of group.sections) {
        expect(Object.keys(section).sort()).toEqual(["columns", "rows", "table"]);
        for (const column of section.columns) {
          expect(Object.keys(column).sort()).toEqual(["column", "encrypted", "piiClass", "purpose"]);
        }
        // Every value in a row is described by a column.
        const described = new Set(section.columns.map((c) => c.column));
        for (const row of section.rows) for (const key of Object.keys(row)) expect(described).toContain(key);
      }
    }
    const exported = (await auditActions(parent.familyId)).filter((e) => e.action === "data.exported");
    expect(exported).toEqual([{ action: "data.exported", target_id: child.id, detail: { format: "json" } }]);
  });

  it("P20 the PDF export is a readable PDF with the child's first name, across pages, and is audited", async () => {
    const { parent, child } = await setup("Zoë");
    // A real answer, encrypted as the practice engine stores it: the parent reads it decrypted.
    // (The seeded family_keys row holds filler bytes; the family's real key replaces it.)
    await t.db.delete(familyKeys).where(eq(familyKeys.familyId, parent.familyId));
    const answerId = randomUUID();
    await withFamily(t.db, parent.familyId, async (tx) =>
      tx.insert(attempts).values({
        id: answerId,
        familyId: parent.familyId,
        childId: child.id,
        skillId: "math.k.count.9",
        itemId: "item-answer",
        correct: true,
        answerEnc: await sealField(
          tx,
          { table: "attempts", column: "answer_enc", rowId: answerId, familyId: parent.familyId },
          "seventeen apples",
        ),
      }),
    );
    // Enough answers to run over several pages.
    await t.db.insert(attempts).values(
      Array.from({ length: 120 }, (_, i) => ({
        familyId: parent.familyId,
        childId: child.id,
        skillId: `math.k.count.${i % 7}`,
        itemId: `item-${i}`,
        correct: i % 3 !== 0,
        hintsUsed: i % 2,
      })),
    );
    const response = await childExportResponse(t.db, parent, { childId: child.id, format: "pdf" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''hearth-zo%C3%AB-data-");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const { text, pages } = pdfText(bytes);
    expect(text).toContain("Data Hearth holds about Zoë");
    expect(text).toContain("Practice answers");
    expect(text).toContain("seventeen apples");
    expect(text).toContain("math.k.count.6");
    expect(pages).toBeGreaterThan(2);
    const exported = (await auditActions(parent.familyId)).filter((e) => e.action === "data.exported");
    expect(exported).toEqual([{ action: "data.exported", target_id: child.id, detail: { format: "pdf" } }]);
  });

  it("P20 the PDF export survives a name the standard fonts cannot draw", async () => {
    const { parent, child } = await setup("Łucja");
    const response = await childExportResponse(t.db, parent, { childId: child.id, format: "pdf" });
    expect(response.status).toBe(200);
    expect(pdfText(new Uint8Array(await response.arrayBuffer())).text).toContain("?ucja");
  });

  it("P20 the export needs a parent session and a known format; bad input never yields a 500", async () => {
    const { parent, child } = await setup();
    expect((await childExportResponse(t.db, null, { childId: child.id, format: "json" })).status).toBe(401);
    for (const format of ["xml", "", "PDF", "json;drop"]) {
      const response = await childExportResponse(t.db, parent, { childId: child.id, format });
      expect(response.status).toBe(400);
    }
    const defaulted = await childExportResponse(t.db, parent, { childId: child.id, format: null });
    expect(defaulted.status).toBe(200);
    expect(defaulted.headers.get("content-type")).toMatch(/json/);
  });

  it("P20 the family code, parent email and other secrets are not in the export", async () => {
    const { parent, child } = await setup();
    const family = await getFamily(t.db, parent.familyId);
    const response = await childExportResponse(t.db, parent, { childId: child.id, format: "json" });
    const text = await response.text();
    expect(text).not.toContain(family!.code);
    expect(text).not.toContain(parent.email);
    const [session] = await queryRows<{ token_hash: string }>(
      t.db,
      sql`select token_hash from child_sessions where child_id = ${child.id} limit 1`,
    );
    expect(session).toBeDefined();
    expect(text).not.toContain(session!.token_hash);
  });
});
