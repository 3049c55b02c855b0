import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { children, childSessions, families, LEARNING_STYLES } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditActor, AuditContext } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { hashPin, PIN_PROBLEM_MESSAGES, pinProblem } from "@/lib/auth/pin";
import { addMs, DAY_MS } from "@/lib/clock";
import { AppError, notFound } from "@/lib/errors";

export const GRACE_PERIOD_MS = 30 * DAY_MS;

const firstName = z
  .string()
  .trim()
  .min(1, "Please enter a first name.")
  .max(40, "Please keep the first name under 40 characters.")
  .regex(/^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u, "Use letters only (a hyphen, apostrophe or space is fine).");

const pin = z.string().superRefine((value, ctx) => {
  const problem = pinProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: PIN_PROBLEM_MESSAGES[problem] });
});

const birthYear = z
  .union([z.literal(""), z.coerce.number()])
  .transform((v) => (v === "" ? null : v))
  .pipe(
    z
      .number()
      .int("Please enter a year like 2016.")
      .min(2000, "Please enter a birth year from 2000 on.")
      .max(new Date().getUTCFullYear(), "The birth year can't be in the future.")
      .nullable(),
  );

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === "on" || v === "true" || v === true);

export const childCreateSchema = z.object({
  firstName,
  birthYear,
  learningStyle: z.enum(LEARNING_STYLES, { message: "Please choose a learning style." }),
  pin,
  aiConsent: z.enum(["yes", "no"], { message: "Please choose whether the AI tutor may be used." }),
  shareFirstNameWithAi: checkbox,
});
export type ChildCreateInput = z.infer<typeof childCreateSchema>;

export const childUpdateSchema = z.object({
  childId: z.uuid(),
  firstName,
  birthYear,
  learningStyle: z.enum(LEARNING_STYLES),
  shareFirstNameWithAi: checkbox,
});

/** The fields a parent may read back about a child. The PIN hash never leaves this module. */
const publicColumns = {
  id: children.id,
  familyId: children.familyId,
  firstName: children.firstName,
  birthYear: children.birthYear,
  learningStyle: children.learningStyle,
  aiConsent: children.aiConsent,
  aiConsentAt: children.aiConsentAt,
  shareFirstNameWithAi: children.shareFirstNameWithAi,
  lockedAt: children.lockedAt,
  failedPinAttempts: children.failedPinAttempts,
  createdAt: children.createdAt,
  deletedAt: children.deletedAt,
  purgeAfter: children.purgeAfter,
};

export type ChildProfile = Awaited<ReturnType<typeof getChild>>;

type Scope = { familyId: string; actor: AuditActor; context?: AuditContext };

export async function listChildren(db: Db, params: { familyId: string; includeDeleted?: boolean }) {
  return withFamily(db, params.familyId, (tx) =>
    tx
      .select(publicColumns)
      .from(children)
      .where(
        params.includeDeleted
          ? eq(children.familyId, params.familyId)
          : and(eq(children.familyId, params.familyId), isNull(children.deletedAt)),
      )
      .orderBy(asc(children.createdAt)),
  );
}

/** A foreign id and a nonexistent id both get the same not-found (P17). */
export async function getChild(db: Db, params: { familyId: string; childId: string }) {
  if (!z.uuid().safeParse(params.childId).success) throw notFound("That child profile");
  const [child] = await withFamily(db, params.familyId, (tx) =>
    tx
      .select(publicColumns)
      .from(children)
      .where(
        and(
          eq(children.id, params.childId),
          eq(children.familyId, params.familyId),
          isNull(children.deletedAt),
        ),
      )
      .limit(1),
  );
  if (!child) throw notFound("That child profile");
  return child;
}

export async function createChild(db: Db, scope: Scope, input: ChildCreateInput) {
  const pinHash = await hashPin(input.pin);
  const now = new Date();
  return withFamily(db, scope.familyId, async (tx) => {
    const [family] = await tx
      .select({ deletedAt: families.deletedAt })
      .from(families)
      .where(eq(families.id, scope.familyId))
      .limit(1);
    if (family?.deletedAt) {
      // P19: a deleted family is hidden until restored or purged; nothing new goes into it.
      throw new AppError("conflict", "Your family account is scheduled for deletion. Restore it first.");
    }
    const existing = await tx
      .select({ firstName: children.firstName })
      .from(children)
      .where(and(eq(children.familyId, scope.familyId), isNull(children.deletedAt)));
    if (existing.some((c) => c.firstName.toLowerCase() === input.firstName.toLowerCase())) {
      throw new AppError("conflict", "Another child in your family already has that first name.", {
        fieldErrors: {
          firstName: ["Another child in your family already has that first name. Try adding an initial."],
        },
      });
    }
    const aiConsent = input.aiConsent === "yes";
    const [child] = await tx
      .insert(children)
      .values({
        familyId: scope.familyId,
        firstName: input.firstName,
        birthYear: input.birthYear,
        learningStyle: input.learningStyle,
        pinHash,
        aiConsent,
        aiConsentAt: now,
        shareFirstNameWithAi: input.shareFirstNameWithAi,
      })
      .returning(publicColumns);
    await recordAudit(tx, {
      action: "child.created",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: child!.id },
      detail: {
        fields: [
          "first_name",
          "birth_year",
          "learning_style",
          "pin_hash",
          "ai_consent",
          "share_first_name_with_ai",
        ],
        aiConsent,
      },
      context: scope.context,
    });
    return child!;
  });
}

export async function updateChild(db: Db, scope: Scope, input: z.infer<typeof childUpdateSchema>) {
  const current = await getChild(db, { familyId: scope.familyId, childId: input.childId });
  const changes: Partial<typeof children.$inferInsert> = {};
  const fields: string[] = [];
  if (current.firstName !== input.firstName) {
    const siblings = await listChildren(db, { familyId: scope.familyId });
    if (
      siblings.some(
        (c) => c.id !== input.childId && c.firstName.toLowerCase() === input.firstName.toLowerCase(),
      )
    ) {
      throw new AppError("conflict", "Another child in your family already has that first name.", {
        fieldErrors: {
          firstName: ["Another child in your family already has that first name. Try adding an initial."],
        },
      });
    }
    changes.firstName = input.firstName;
    fields.push("first_name");
  }
  if (current.birthYear !== input.birthYear) {
    changes.birthYear = input.birthYear;
    fields.push("birth_year");
  }
  if (current.learningStyle !== input.learningStyle) {
    changes.learningStyle = input.learningStyle;
    fields.push("learning_style");
  }
  if (current.shareFirstNameWithAi !== input.shareFirstNameWithAi) {
    changes.shareFirstNameWithAi = input.shareFirstNameWithAi;
    fields.push("share_first_name_with_ai");
  }
  if (fields.length === 0) return current;
  return withFamily(db, scope.familyId, async (tx) => {
    const [child] = await tx
      .update(children)
      .set({ ...changes, updatedAt: new Date() })
      .where(
        and(
          eq(children.id, input.childId),
          eq(children.familyId, scope.familyId),
          isNull(children.deletedAt),
        ),
      )
      .returning(publicColumns);
    if (!child) throw notFound("That child profile");
    await recordAudit(tx, {
      action: "child.updated",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: child.id },
      detail: { fields },
      context: scope.context,
    });
    return child;
  });
}

export async function changeChildPin(db: Db, scope: Scope, input: { childId: string; pin: string }) {
  const problem = pinProblem(input.pin);
  if (problem)
    throw new AppError("bad_input", PIN_PROBLEM_MESSAGES[problem], {
      fieldErrors: { pin: [PIN_PROBLEM_MESSAGES[problem]] },
    });
  await getChild(db, { familyId: scope.familyId, childId: input.childId });
  const pinHash = await hashPin(input.pin);
  await withFamily(db, scope.familyId, async (tx) => {
    await tx
      .update(children)
      .set({ pinHash, failedPinAttempts: 0, lastFailedPinAt: null, lockedAt: null, updatedAt: new Date() })
      .where(and(eq(children.id, input.childId), eq(children.familyId, scope.familyId)));
    await recordAudit(tx, {
      action: "child.pin_changed",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: input.childId },
      detail: {},
      context: scope.context,
    });
  });
}

/** Revoking consent ends the child's sessions so the AI tutor stops at once (P23). */
export async function setAiConsent(db: Db, scope: Scope, input: { childId: string; aiConsent: boolean }) {
  const current = await getChild(db, { familyId: scope.familyId, childId: input.childId });
  if (current.aiConsent === input.aiConsent) return;
  await withFamily(db, scope.familyId, async (tx) => {
    await tx
      .update(children)
      .set({ aiConsent: input.aiConsent, aiConsentAt: new Date(), updatedAt: new Date() })
      .where(and(eq(children.id, input.childId), eq(children.familyId, scope.familyId)));
    await recordAudit(tx, {
      action: "child.ai_consent_changed",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: input.childId },
      detail: { aiConsent: input.aiConsent },
      context: scope.context,
    });
    if (!input.aiConsent) await endChildSessionsInTx(tx, scope, input.childId);
  });
}

export async function unlockChild(db: Db, scope: Scope, input: { childId: string }) {
  await getChild(db, { familyId: scope.familyId, childId: input.childId });
  await withFamily(db, scope.familyId, async (tx) => {
    await tx
      .update(children)
      .set({ failedPinAttempts: 0, lastFailedPinAt: null, lockedAt: null })
      .where(and(eq(children.id, input.childId), eq(children.familyId, scope.familyId)));
    await recordAudit(tx, {
      action: "child.unlocked",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: input.childId },
      detail: {},
      context: scope.context,
    });
  });
}

async function endChildSessionsInTx(tx: Db, scope: Scope, childId: string): Promise<number> {
  const ended = await tx
    .update(childSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(childSessions.childId, childId),
        eq(childSessions.familyId, scope.familyId),
        isNull(childSessions.revokedAt),
      ),
    )
    .returning({ id: childSessions.id });
  await recordAudit(tx, {
    action: "child.sessions_ended",
    actor: scope.actor,
    familyId: scope.familyId,
    target: { type: "child", id: childId },
    detail: { count: ended.length },
    context: scope.context,
  });
  return ended.length;
}

/** P16: a parent can end all of a child's sessions at once. */
export async function endChildSessions(db: Db, scope: Scope, input: { childId: string }): Promise<number> {
  await getChild(db, { familyId: scope.familyId, childId: input.childId });
  return withFamily(db, scope.familyId, (tx) => endChildSessionsInTx(tx, scope, input.childId));
}

export async function listActiveChildSessions(
  db: Db,
  params: { familyId: string; childId: string; now?: Date },
) {
  const now = params.now ?? new Date();
  const rows = await withFamily(db, params.familyId, (tx) =>
    tx
      .select({
        id: childSessions.id,
        createdAt: childSessions.createdAt,
        expiresAt: childSessions.expiresAt,
        lastSeenAt: childSessions.lastSeenAt,
      })
      .from(childSessions)
      .where(
        and(
          eq(childSessions.childId, params.childId),
          eq(childSessions.familyId, params.familyId),
          isNull(childSessions.revokedAt),
        ),
      ),
  );
  return rows.filter((r) => r.expiresAt > now);
}

/**
 * P19, first step: the child is hidden and can no longer sign in at once; the purge job
 * removes everything after the grace period unless the parent restores it.
 */
export async function deleteChild(db: Db, scope: Scope, input: { childId: string; now?: Date }) {
  await getChild(db, { familyId: scope.familyId, childId: input.childId });
  const now = input.now ?? new Date();
  const purgeAfter = addMs(now, GRACE_PERIOD_MS);
  await withFamily(db, scope.familyId, async (tx) => {
    await tx
      .update(children)
      .set({ deletedAt: now, purgeAfter })
      .where(and(eq(children.id, input.childId), eq(children.familyId, scope.familyId)));
    await tx
      .update(childSessions)
      .set({ revokedAt: now })
      .where(and(eq(childSessions.childId, input.childId), isNull(childSessions.revokedAt)));
    await recordAudit(tx, {
      action: "child.deleted",
      actor: scope.actor,
      familyId: scope.familyId,
      target: { type: "child", id: input.childId },
      detail: { purgeAfter: purgeAfter.toISOString() },
      context: scope.context,
    });
  });
  return { purgeAfter };
}
