"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { publicAction } from "@/lib/actions/action-client";
import { clearSessionCookie, PARENT_COOKIE, readSessionCookie, setSessionCookie } from "@/lib/auth/cookies";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import {
  authenticateLocalParent,
  endParentSession,
  signUpLocalParent,
  startParentSession,
} from "@/lib/family/parents";
import { requestContext } from "@/lib/http/request-context";
import { hitRateLimit, LIMITS } from "@/lib/ratelimit/limiter";

const email = z.string().trim().toLowerCase().max(254).pipe(z.email("Please enter a valid email address."));

const signUpSchema = z
  .object({
    email,
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Please use at least ${PASSWORD_MIN_LENGTH} characters.`)
      .refine((p) => Buffer.byteLength(p) <= PASSWORD_MAX_BYTES, "Please use at most 72 characters."),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords don't match." });

export const signUp = publicAction(signUpSchema, async ({ input, ctx }) => {
  const identity = await signUpLocalParent(
    ctx.db,
    { email: input.email, password: input.password },
    ctx.request,
  );
  const session = await startParentSession(ctx.db, identity, { context: ctx.request });
  await setSessionCookie(PARENT_COOKIE, session.token, session.expiresAt);
  redirect("/dashboard?welcome=1");
});

const signInSchema = z.object({ email, password: z.string().min(1, "Please enter your password.").max(200) });

export const signIn = publicAction(signInSchema, async ({ input, ctx }) => {
  const limit = await hitRateLimit(ctx.db, {
    key: `parent-sign-in:${ctx.request.clientKey}`,
    ...LIMITS.parentSignIn,
  });
  if (!limit.allowed) {
    throw new AppError(
      "rate_limited",
      "Too many sign-in attempts. Please wait a few minutes and try again.",
      {
        retryAfterSeconds: limit.retryAfterSeconds,
      },
    );
  }
  const identity = await authenticateLocalParent(ctx.db, input);
  if (!identity) throw new AppError("unauthenticated", "That email and password don't match an account.");
  const session = await startParentSession(ctx.db, identity, { context: ctx.request });
  await setSessionCookie(PARENT_COOKIE, session.token, session.expiresAt);
  redirect("/dashboard");
});

export async function signOut(): Promise<void> {
  const token = await readSessionCookie(PARENT_COOKIE);
  if (token) await endParentSession(await getDb(), token, await requestContext());
  await clearSessionCookie(PARENT_COOKIE);
  redirect("/");
}
