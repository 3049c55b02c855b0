import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { queryRows } from "@/db/rows";
import { children, childSessions, families } from "@/db/schema";
import { withFamily, withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditContext } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { addMs } from "@/lib/clock";
import { env } from "@/lib/env";
import { findActiveFamilyByCode } from "@/lib/family/families";
import { SESSION_LIFETIME_MS } from "@/lib/family/parents";
import { notifyParents, pinLockedEmail } from "@/lib/notifications/notify";
import { hitRateLimit, LIMITS, peekRateLimit } from "@/lib/ratelimit/limiter";
import { hashPin, verifyPin } from "./pin";
import { hashToken, newSessionToken } from "./tokens";

/**
 * Child sign-in (P2): family code → first name → PIN. Throttling (PRODUCT.md §4.1):
 * - the attempt is reserved atomically before the bcrypt compare, so parallel guesses get no
 *   free tries;
 * - per child: FREE_ATTEMPTS, then a delay doubling with each failure, and a hard lock at
 *   LOCK_AFTER consecutive failures that only the parent clears;
 * - per family and per client: a cap on failures per hour.
 */
export const FREE_ATTEMPTS = 3;
export const LOCK_AFTER = 10;

export function delayAfterFailures(failures: number): number {
  return failures < FREE_ATTEMPTS ? 0 : 2 ** (failures - FREE_ATTEMPTS + 1);
}

export type ChildSignInResult =
  | { ok: true; token: string; childId: string; familyId: string; expiresAt: Date }
  | { ok: false; reason: "mismatch" }
  | { ok: false; reason: "wait"; retryAfterSeconds: number }
  | { ok: false; reason: "locked" };

let decoyHash: Promise<string> | undefined;

/** The names a child picks from, once the family code is right. */
export async function childrenForFamilyCode(db: Db, code: string) {
  const family = await withSystem(db, (tx) => findActiveFamilyByCode(tx, code));
  if (!family) return null;
  const list = await withFamily(db, family.id, (tx) =>
    tx
      .select({ id: children.id, firstName: children.firstName })
      .from(children)
      .where(and(eq(children.familyId, family.id), isNull(children.deletedAt)))
      .orderBy(children.createdAt),
  );
  return { familyId: family.id, children: list };
}

export async function signInChild(
  db: Db,
  input: { familyCode: string; childId: string; pin: string; clientKey: string },
  options: { now?: Date; context?: AuditContext } = {},
): Promise<ChildSignInResult> {
  const now = options.now ?? new Date();
  const family = await withSystem(db, (tx) => findActiveFamilyByCode(tx, input.familyCode));
  const clientFailures = await peekRateLimit(db, {
    key: `pin-fail:client:${input.clientKey}`,
    windowSeconds: LIMITS.pinFailuresPerClient.windowSeconds,
  });
  if (clientFailures >= LIMITS.pinFailuresPerClient.limit) {
    return { ok: false, reason: "wait", retryAfterSeconds: 600 };
  }
  if (!family || !/^[0-9a-f-]{36}$/i.test(input.childId)) {
    // Same work and the same answer as a wrong PIN: an unknown code reveals nothing by timing.
    decoyHash ??= hashPin("decoy-pin");
    await verifyPin(input.pin, await decoyHash);
    await hitRateLimit(db, { key: `pin-fail:client:${input.clientKey}`, ...LIMITS.pinFailuresPerClient });
    return { ok: false, reason: "mismatch" };
  }
  const familyFailures = await peekRateLimit(db, {
    key: `pin-fail:family:${family.id}`,
    windowSeconds: LIMITS.pinFailuresPerFamily.windowSeconds,
  });
  if (familyFailures >= LIMITS.pinFailuresPerFamily.limit) {
    return { ok: false, reason: "wait", retryAfterSeconds: 600 };
  }

  // Reserve the attempt: count it as a failure up front, atomically, only if the child is not
  // locked and any delay has passed. A correct PIN resets the counter afterwards.
  const reserved = await withFamily(db, family.id, (tx) =>
    queryRows<{ pin_hash: string; failed_pin_attempts: number }>(
      tx,
      sql`
        update children set
          failed_pin_attempts = failed_pin_attempts + 1,
          last_failed_pin_at = ${now.toISOString()}::timestamptz
        where id = ${input.childId} and family_id = ${family.id}
          and deleted_at is null and locked_at is null
          and (last_failed_pin_at is null
               or last_failed_pin_at + make_interval(secs => case when failed_pin_attempts < ${FREE_ATTEMPTS} then 0
                    else power(2, failed_pin_attempts - ${FREE_ATTEMPTS} + 1) end) <= ${now.toISOString()}::timestamptz)
        returning pin_hash, failed_pin_attempts
      `,
    ),
  );

  const row = reserved[0];
  if (!row) {
    const [state] = await withFamily(db, family.id, (tx) =>
      tx
        .select({
          lockedAt: children.lockedAt,
          failed: children.failedPinAttempts,
          last: children.lastFailedPinAt,
        })
        .from(children)
        .where(
          and(eq(children.id, input.childId), eq(children.familyId, family.id), isNull(children.deletedAt)),
        )
        .limit(1),
    );
    if (!state) {
      await hitRateLimit(db, { key: `pin-fail:client:${input.clientKey}`, ...LIMITS.pinFailuresPerClient });
      return { ok: false, reason: "mismatch" };
    }
    if (state.lockedAt) {
      await audit(db, family.id, input.childId, "locked", options.context);
      return { ok: false, reason: "locked" };
    }
    const waitUntil = (state.last?.getTime() ?? now.getTime()) + delayAfterFailures(state.failed) * 1000;
    await audit(db, family.id, input.childId, "throttled", options.context);
    return {
      ok: false,
      reason: "wait",
      retryAfterSeconds: Math.max(1, Math.ceil((waitUntil - now.getTime()) / 1000)),
    };
  }

  if (await verifyPin(input.pin, row.pin_hash)) {
    const token = newSessionToken();
    const expiresAt = addMs(now, SESSION_LIFETIME_MS);
    await withFamily(db, family.id, async (tx) => {
      await tx
        .update(children)
        .set({ failedPinAttempts: 0, lastFailedPinAt: null })
        .where(and(eq(children.id, input.childId), eq(children.familyId, family.id)));
      await tx.insert(childSessions).values({
        childId: input.childId,
        familyId: family.id,
        tokenHash: hashToken(token),
        createdAt: now,
        expiresAt,
      });
      await recordAudit(tx, {
        action: "child.signed_in",
        actor: { type: "child", id: input.childId },
        familyId: family.id,
        target: { type: "child", id: input.childId },
        detail: {},
        context: options.context,
      });
    });
    return { ok: true, token, childId: input.childId, familyId: family.id, expiresAt };
  }

  await hitRateLimit(db, { key: `pin-fail:client:${input.clientKey}`, ...LIMITS.pinFailuresPerClient });
  await hitRateLimit(db, { key: `pin-fail:family:${family.id}`, ...LIMITS.pinFailuresPerFamily });
  if (row.failed_pin_attempts >= LOCK_AFTER) {
    await withFamily(db, family.id, async (tx) => {
      await tx
        .update(children)
        .set({ lockedAt: now })
        .where(and(eq(children.id, input.childId), eq(children.familyId, family.id)));
      await notifyParents(tx, {
        familyId: family.id,
        childId: input.childId,
        type: "pin_locked",
        dedupeKey: `pin_locked:${input.childId}:${now.toISOString()}`,
        email: pinLockedEmail(env().APP_URL),
      });
      await recordAudit(tx, {
        action: "child.locked",
        actor: { type: "system" },
        familyId: family.id,
        target: { type: "child", id: input.childId },
        detail: { failures: row.failed_pin_attempts },
        context: options.context,
      });
    });
    return { ok: false, reason: "locked" };
  }
  await audit(db, family.id, input.childId, "wrong_pin", options.context);
  return { ok: false, reason: "mismatch" };
}

async function audit(
  db: Db,
  familyId: string,
  childId: string,
  reason: "wrong_pin" | "locked" | "throttled",
  context?: AuditContext,
) {
  await withFamily(db, familyId, (tx) =>
    recordAudit(tx, {
      action: "child.sign_in_failed",
      actor: { type: "anonymous" },
      familyId,
      target: { type: "child", id: childId },
      detail: { reason },
      context,
    }),
  );
}

export interface ChildIdentity {
  childId: string;
  familyId: string;
  sessionId: string;
  firstName: string;
  birthYear: number | null;
  learningStyle: string;
  aiConsent: boolean;
  shareFirstNameWithAi: boolean;
}

/** A live session: not revoked, not past its 8 hours, child and family not deleted (P16, P19). */
export async function resolveChildSession(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ChildIdentity | null> {
  const [row] = await withSystem(db, (tx) =>
    tx
      .select({
        childId: children.id,
        familyId: children.familyId,
        sessionId: childSessions.id,
        firstName: children.firstName,
        birthYear: children.birthYear,
        learningStyle: children.learningStyle,
        aiConsent: children.aiConsent,
        shareFirstNameWithAi: children.shareFirstNameWithAi,
      })
      .from(childSessions)
      .innerJoin(children, eq(children.id, childSessions.childId))
      .innerJoin(families, eq(families.id, children.familyId))
      .where(
        and(
          eq(childSessions.tokenHash, hashToken(token)),
          isNull(childSessions.revokedAt),
          gt(childSessions.expiresAt, now),
          isNull(children.deletedAt),
          isNull(families.deletedAt),
        ),
      )
      .limit(1),
  );
  return row ?? null;
}

export async function endChildSession(db: Db, token: string): Promise<void> {
  await withSystem(db, (tx) =>
    tx
      .update(childSessions)
      .set({ revokedAt: new Date() })
      .where(eq(childSessions.tokenHash, hashToken(token))),
  );
}
