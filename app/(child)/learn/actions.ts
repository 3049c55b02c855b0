"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { publicAction } from "@/lib/actions/action-client";
import { childrenForFamilyCode, endChildSession, signInChild } from "@/lib/auth/child-sign-in";
import { CHILD_COOKIE, clearSessionCookie, readSessionCookie, setSessionCookie } from "@/lib/auth/cookies";
import { currentChild } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { endLearningSessions } from "@/lib/learning/engine/sessions";
import { log } from "@/lib/observability/logger";
import { hitRateLimit, LIMITS } from "@/lib/ratelimit/limiter";

const familyCode = z
  .string()
  .trim()
  .min(1, "Please type your family code.")
  .max(40, "That code is too long.");

export const findFamily = publicAction(z.object({ familyCode }), async ({ input, ctx }) => {
  const limit = await hitRateLimit(ctx.db, {
    key: `family-code:${ctx.request.clientKey}`,
    ...LIMITS.familyCodeLookups,
  });
  if (!limit.allowed) {
    throw new AppError(
      "rate_limited",
      "Let's take a little break. Ask your grown-up to help, then try again soon.",
      {
        retryAfterSeconds: limit.retryAfterSeconds,
      },
    );
  }
  const found = await childrenForFamilyCode(ctx.db, input.familyCode);
  if (!found || found.children.length === 0) {
    throw new AppError("not_found", "Hmm, that code didn't work. Check it with your grown-up and try again.");
  }
  return { status: "ok", data: { children: found.children } };
});

const signInSchema = z.object({
  familyCode,
  childId: z.string().max(64),
  pin: z.string().regex(/^\d{4,6}$/, "A PIN is 4 to 6 numbers."),
});

export const childSignIn = publicAction(signInSchema, async ({ input, ctx }) => {
  const result = await signInChild(
    ctx.db,
    { ...input, clientKey: ctx.request.clientKey },
    { context: ctx.request },
  );
  if (result.ok) {
    await setSessionCookie(CHILD_COOKIE, result.token, result.expiresAt);
    redirect("/learn/today");
  }
  if (result.reason === "locked") {
    throw new AppError(
      "locked",
      "Your PIN is resting after lots of tries. Ask your grown-up to unlock it for you.",
    );
  }
  if (result.reason === "wait") {
    throw new AppError(
      "rate_limited",
      `Let's pause for ${result.retryAfterSeconds} seconds, then try again.`,
      {
        retryAfterSeconds: result.retryAfterSeconds,
      },
    );
  }
  throw new AppError("bad_input", "That PIN didn't match. Take your time and try again.");
});

export async function childSignOut(): Promise<void> {
  const token = await readSessionCookie(CHILD_COOKIE);
  const child = token ? await currentChild() : null;
  if (child) {
    // Closing the learning sessions is bookkeeping (P7 hours): it must never keep a child signed in.
    await endLearningSessions(await getDb(), { familyId: child.familyId, childId: child.childId }).catch(
      (error: unknown) => log.error("ending learning sessions at sign-out failed", { error }),
    );
  }
  if (token) await endChildSession(await getDb(), token);
  await clearSessionCookie(CHILD_COOKIE);
  redirect("/learn");
}
