import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { childSettings, familySettings } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditActor, AuditContext } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { getChild } from "@/lib/family/children";

/**
 * The parent's settings that shape the tutor (PRODUCT.md §4.3): per family, worldview, content
 * filter and free-text guidance; per child, the most help the tutor may give and read-aloud.
 * Rows are created on first save; until then the defaults in the schema apply.
 */
export const WORLDVIEWS = [
  "unspecified",
  "secular",
  "faith_friendly",
  "christian",
  "jewish",
  "muslim",
] as const;
export const CONTENT_FILTERS = ["strict", "standard"] as const;
export const HELP_LEVELS = ["nudge", "hint", "worked_example", "answer"] as const;

export const familyTutorSettingsSchema = z.object({
  worldview: z.enum(WORLDVIEWS, { message: "Please choose one of the options." }),
  contentFilter: z.enum(CONTENT_FILTERS, { message: "Please choose one of the options." }),
  tutorGuidance: z
    .string()
    .trim()
    .max(500, "Please keep guidance under 500 characters.")
    .transform((v) => (v === "" ? null : v)),
});

const checkbox = z
  .union([z.literal("on"), z.literal("")])
  .optional()
  .transform((v) => v === "on");

export const childTutorSettingsSchema = z.object({
  childId: z.uuid("That child profile could not be found."),
  maxHelpLevel: z.enum(HELP_LEVELS, { message: "Please choose how much help the tutor may give." }),
  readAloud: checkbox,
});

type Scope = { familyId: string; actor: AuditActor; context?: AuditContext };

export async function getFamilyTutorSettings(db: Db, familyId: string) {
  const [row] = await withFamily(db, familyId, (tx) =>
    tx.select().from(familySettings).where(eq(familySettings.familyId, familyId)).limit(1),
  );
  return {
    worldview: row?.worldview ?? "unspecified",
    contentFilter: row?.contentFilter ?? "strict",
    tutorGuidance: row?.tutorGuidance ?? null,
  };
}

export async function saveFamilyTutorSettings(
  db: Db,
  scope: Scope,
  input: z.infer<typeof familyTutorSettingsSchema>,
): Promise<void> {
  await withFamily(db, scope.familyId, async (tx) => {
    await tx
      .insert(familySettings)
      .values({ familyId: scope.familyId, ...input })
      .onConflictDoUpdate({ target: familySettings.familyId, set: { ...input, updatedAt: new Date() } });
    await recordAudit(tx, {
      action: "family.settings_changed",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "family", id: scope.familyId },
      detail: { fields: ["worldview", "content_filter", "tutor_guidance"] },
      context: scope.context,
    });
  });
}

export async function getChildTutorSettings(db: Db, params: { familyId: string; childId: string }) {
  const [row] = await withFamily(db, params.familyId, (tx) =>
    tx
      .select()
      .from(childSettings)
      .where(and(eq(childSettings.childId, params.childId), eq(childSettings.familyId, params.familyId)))
      .limit(1),
  );
  return { maxHelpLevel: row?.maxHelpLevel ?? "worked_example", readAloud: row?.readAloud ?? false };
}

export async function saveChildTutorSettings(
  db: Db,
  scope: Scope,
  input: z.infer<typeof childTutorSettingsSchema>,
): Promise<void> {
  await getChild(db, { familyId: scope.familyId, childId: input.childId }); // same not-found for foreign ids
  const values = { maxHelpLevel: input.maxHelpLevel, readAloud: input.readAloud };
  await withFamily(db, scope.familyId, async (tx) => {
    await tx
      .insert(childSettings)
      .values({ childId: input.childId, familyId: scope.familyId, ...values })
      .onConflictDoUpdate({ target: childSettings.childId, set: { ...values, updatedAt: new Date() } });
    await recordAudit(tx, {
      action: "child.updated",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: input.childId },
      detail: { fields: ["max_help_level", "read_aloud"] },
      context: scope.context,
    });
  });
}
