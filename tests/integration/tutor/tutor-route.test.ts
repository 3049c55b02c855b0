/**
 * The tutor's HTTP surface as Next runs it: POST /api/tutor (session, status codes, the NDJSON
 * stream) and the child's "Tell a grown-up" action.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("@/tests/support/app-harness")).nextHeadersMock());
vi.mock("next/cache", async () => (await import("@/tests/support/app-harness")).nextCacheMock());

import { reportConcern } from "@/app/(child)/learn/(signed-in)/tutor/actions";
import { POST } from "@/app/api/tutor/route";
import { emailOutbox, notifications, safetyEvents } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import { signInChild } from "@/lib/auth/child-sign-in";
import { getFamily } from "@/lib/family/families";
import { parseEventLines, type TutorEvent } from "@/lib/tutor/events";
import { signInAs, startAppDatabase } from "@/tests/support/app-harness";
import { createChildFor, createParent } from "@/tests/support/factories";
import { type FakeAnthropic, startFakeAnthropic } from "@/tests/support/fake-anthropic";

let fake: FakeAnthropic;
let app: Awaited<ReturnType<typeof startAppDatabase>>;
let db: Db;

beforeAll(async () => {
  fake = await startFakeAnthropic();
  process.env.ANTHROPIC_API_KEY = "test-key";
  process.env.ANTHROPIC_BASE_URL = fake.url;
  app = await startAppDatabase();
  db = app.handle.db;
});

afterAll(async () => {
  delete process.env.ANTHROPIC_API_KEY;
  delete process.env.ANTHROPIC_BASE_URL;
  await app?.close();
  await fake?.close();
});

async function signedInChild() {
  const parent = await createParent(db);
  const child = await createChildFor(db, parent, { aiConsent: "yes" });
  const code = (await getFamily(db, parent.familyId))!.code;
  const session = await signInChild(db, {
    familyCode: code,
    childId: child.id,
    pin: child.pin,
    clientKey: randomUUID(),
  });
  if (!session.ok) throw new Error("sign-in failed in setup");
  signInAs("hearth_child", session.token);
  return { parent, child };
}

const post = (body: unknown) =>
  POST(
    new Request("http://localhost/api/tutor", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe("POST /api/tutor", () => {
  it("streams the reply as NDJSON events, ending with done", async () => {
    await signedInChild();
    const response = await post({ subject: "math", message: "How do I add $12 + 30$?" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const { events } = parseEventLines(`${await response.text()}\n`);
    const types = events.map((e: TutorEvent) => e.type);
    expect(types[0]).toBe("start");
    expect(types).toContain("delta");
    expect(types.at(-1)).toBe("done");
  });

  it("asks a visitor without a child session to sign in (401)", async () => {
    signInAs(null);
    const response = await post({ subject: "math", message: "hi" });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Please sign in again with your family code." });
  });

  it("answers bad input with a clear 400, never a 500", async () => {
    await signedInChild();
    for (const body of ["{not json", { subject: "math", message: "" }, { subject: "math" }, [1, 2], "null"]) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const json = (await response.json()) as { error: string };
      expect(json.error.length).toBeGreaterThan(5);
    }
  });
});

describe("P25 Tell a grown-up", () => {
  it("P25 alerts the parent once per conversation, with a safety event and an email that carries no child content", async () => {
    const { parent, child } = await signedInChild();
    const started = await post({ subject: "math", message: "hello" });
    const [first] = parseEventLines(`${await started.text()}\n`).events;
    const conversationId = first?.type === "start" ? first.conversationId : "";

    const form = new FormData();
    form.set("conversationId", conversationId);
    expect(await reportConcern({ status: "idle" }, form)).toMatchObject({ status: "ok" });
    expect(await reportConcern({ status: "idle" }, form)).toMatchObject({ status: "ok" });

    const rows = await withFamily(db, parent.familyId, async (tx) => ({
      events: await tx.select().from(safetyEvents).where(eq(safetyEvents.childId, child.id)),
      alerts: await tx.select().from(notifications).where(eq(notifications.childId, child.id)),
      emails: await tx.select().from(emailOutbox).where(eq(emailOutbox.familyId, parent.familyId)),
    }));
    expect(rows.events.map((e) => e.category)).toEqual(["child_report"]);
    expect(rows.alerts).toHaveLength(1);
    expect(rows.alerts[0]).toMatchObject({ type: "safety_alert", dedupeKey: `report:${conversationId}` });
    expect(rows.emails).toHaveLength(1);
    expect(rows.emails[0]!.text).not.toContain(child.firstName);
  });
});
