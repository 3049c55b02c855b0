import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db/client";
import type { Db } from "@/db/types";
import type { ChildIdentity } from "@/lib/auth/child-sign-in";
import { currentChild, currentParent } from "@/lib/auth/current";
import { AppError, GENERIC_FAILURE_MESSAGE, isAppError } from "@/lib/errors";
import type { ParentIdentity } from "@/lib/family/parents";
import { type RequestContext, requestContext } from "@/lib/http/request-context";
import { log } from "@/lib/observability/logger";

/**
 * One action client per trust level (public, parent, child, admin). Each resolves identity once,
 * validates the input with zod (the rate limits of P14 are applied to every request, actions
 * included, by proxy.ts), and turns every failure into a
 * typed result a form can show: bad input never becomes a 500 or a stack trace.
 * The family id always comes from the session, never from the input (P17).
 */
export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; message?: string; data?: T }
  | {
      status: "error";
      message: string;
      fieldErrors?: Record<string, string[]>;
      retryAfterSeconds?: number;
      /** What was typed, so the form shows it again: nothing typed is lost. Secrets excluded. */
      values?: Record<string, string>;
    };

const SECRET_FIELDS = /pass|pin|confirm|token|secret/i;

function echoValues(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === "string" && !SECRET_FIELDS.test(k)) out[k] = v.slice(0, 2000);
  }
  return out;
}

type Ctx<I> = { db: Db; request: RequestContext } & I;
type Handler<S extends z.ZodType, I, T> = (args: {
  input: z.output<S>;
  ctx: Ctx<I>;
}) => Promise<ActionState<T> | void>;

function formToObject(form: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(form instanceof FormData)) return form;
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

async function run<S extends z.ZodType, I, T>(
  kind: "public" | "parent" | "child" | "admin",
  schema: S,
  resolve: (db: Db, request: RequestContext) => Promise<I | AppError>,
  handler: Handler<S, I, T>,
  raw: FormData | Record<string, unknown>,
): Promise<ActionState<T>> {
  const fields = formToObject(raw);
  try {
    const db = await getDb();
    const request = await requestContext();
    const identity = await resolve(db, request);
    if (identity instanceof AppError) throw identity;
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      return {
        status: "error",
        message: "Please check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error),
        values: echoValues(fields),
      };
    }
    const result = await handler({ input: parsed.data, ctx: { db, request, ...identity } });
    return result ?? { status: "ok" };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
    if (isAppError(error)) {
      return {
        status: "error",
        message: error.message,
        fieldErrors: error.options.fieldErrors,
        retryAfterSeconds: error.options.retryAfterSeconds,
        values: echoValues(fields),
      };
    }
    log.error(`${kind} action failed`, { error });
    return { status: "error", message: GENERIC_FAILURE_MESSAGE, values: echoValues(fields) };
  }
}

type Action<T> = (prev: ActionState<T>, form: FormData) => Promise<ActionState<T>>;

export function publicAction<S extends z.ZodType, T = unknown>(
  schema: S,
  handler: Handler<S, Record<never, never>, T>,
): Action<T> {
  return (_prev, form) => run("public", schema, async () => ({}), handler, form);
}

export function parentAction<S extends z.ZodType, T = unknown>(
  schema: S,
  handler: Handler<S, { parent: ParentIdentity }, T>,
): Action<T> {
  return (_prev, form) =>
    run(
      "parent",
      schema,
      async () => {
        const parent = await currentParent();
        return parent ? { parent } : new AppError("unauthenticated", "Please sign in again to continue.");
      },
      handler,
      form,
    );
}

export function adminAction<S extends z.ZodType, T = unknown>(
  schema: S,
  handler: Handler<S, { admin: ParentIdentity }, T>,
): Action<T> {
  return (_prev, form) =>
    run(
      "admin",
      schema,
      async () => {
        const parent = await currentParent();
        if (!parent) return new AppError("unauthenticated", "Please sign in again to continue.");
        return parent.isAdmin
          ? { admin: parent }
          : new AppError("forbidden", "This is for Hearth administrators.");
      },
      handler,
      form,
    );
}

export function childAction<S extends z.ZodType, T = unknown>(
  schema: S,
  handler: Handler<S, { child: ChildIdentity }, T>,
): Action<T> {
  return (_prev, form) =>
    run(
      "child",
      schema,
      async () => {
        const child = await currentChild();
        return child
          ? { child }
          : new AppError("unauthenticated", "Please sign in again with your family code.");
      },
      handler,
      form,
    );
}
