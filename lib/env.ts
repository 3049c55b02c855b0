import { z } from "zod";

/**
 * Every environment variable Hearth reads, in one schema (create-t3-app style). Each external
 * service is selected by the presence of its variables; when they are absent the embedded
 * default runs (PRODUCT.md §2). Nothing else in the code base reads `process.env` directly.
 */

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),

  // Database: unset → embedded PGlite in HEARTH_DATA_DIR.
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  HEARTH_DATA_DIR: z.string().trim().min(1).default(".data"),

  // Secrets. Unset → development values, refused in production.
  HEARTH_MASTER_KEYS: optionalString,
  HEARTH_SESSION_SECRET: optionalString.pipe(z.string().min(32).optional()),
  HEARTH_PIN_PEPPER: optionalString.pipe(z.string().min(32).optional()),
  HEARTH_BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),

  // Explicit opt-in to the embedded defaults under NODE_ENV=production (set by `npm start`).
  HEARTH_ALLOW_EMBEDDED_DEFAULTS: flag,

  // Parent auth: both Clerk keys → Clerk; otherwise local email + password accounts.
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: optionalString,
  CLERK_SECRET_KEY: optionalString,
  ADMIN_EMAILS: optionalString,

  // AI tutor: a key → Anthropic; otherwise the offline coach.
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: optionalString.pipe(z.url().optional()),
  HEARTH_TUTOR_MODEL: z.string().trim().min(1).default("claude-sonnet-4-6"),
  HEARTH_SCREENING_MODEL: z.string().trim().min(1).default("claude-haiku-4-5"),

  // File storage: a bucket → S3 API (R2, S3, MinIO); otherwise a local folder.
  S3_BUCKET: optionalString,
  S3_ENDPOINT: optionalString.pipe(z.url().optional()),
  S3_REGION: z.string().trim().min(1).default("auto"),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,

  // Email: a key → Resend; otherwise the outbox table and the dev mailbox page.
  RESEND_API_KEY: optionalString,
  RESEND_BASE_URL: optionalString.pipe(z.url().optional()),
  EMAIL_FROM: z.string().trim().min(3).default("Hearth <hello@hearth.local>"),

  // Error monitoring: a DSN → Sentry with PII scrubbing; otherwise off.
  SENTRY_DSN: optionalString.pipe(z.url().optional()),
  NEXT_PUBLIC_SENTRY_DSN: optionalString.pipe(z.url().optional()),

  // Analytics on public marketing pages only (P13).
  NEXT_PUBLIC_CLARITY_ID: optionalString,

  // Shared secret for the cron routes (purge, reminders).
  CRON_SECRET: optionalString.pipe(z.string().min(16).optional()),

  // Port `npm start` serves on.
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),

  // Public origin, used in links inside emails.
  APP_URL: z.url().default("http://localhost:3000"),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(
    readonly variables: string[],
    message: string,
  ) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parse an environment. Throws `EnvError` naming each bad variable (never its value). */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  // An empty value (as in a copied .env.example) means "not set".
  const present = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""),
  );
  const result = schema.safeParse(present);
  if (!result.success) {
    const names = [...new Set(result.error.issues.map((i) => String(i.path[0] ?? "?")))];
    const lines = result.error.issues.map((i) => `  ${String(i.path[0] ?? "?")}: ${i.message}`);
    throw new EnvError(names, `Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

const KEYS = Object.keys(schema.shape) as (keyof typeof schema.shape)[];
let cached: { snapshot: string; env: Env } | undefined;

/**
 * The current environment, parsed. Called on every request (proxy, actions), so it re-parses
 * only when one of the schema's own variables changed (tests and key rotations set them).
 */
export function env(): Env {
  const snapshot = KEYS.map((k) => process.env[k] ?? "\u0001").join("\u0000");
  if (cached?.snapshot === snapshot) return cached.env;
  const parsed = parseEnv(process.env);
  cached = { snapshot, env: parsed };
  return parsed;
}

export type ServiceMode = {
  database: "pglite" | "neon" | "postgres";
  auth: "clerk" | "local";
  tutor: "anthropic" | "offline";
  storage: "s3" | "local";
  email: "resend" | "outbox";
  monitoring: "sentry" | "off";
};

export function serviceModes(e: Env = env()): ServiceMode {
  return {
    database: !e.DATABASE_URL ? "pglite" : isNeonUrl(e.DATABASE_URL) ? "neon" : "postgres",
    auth: e.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY && e.CLERK_SECRET_KEY ? "clerk" : "local",
    tutor: e.ANTHROPIC_API_KEY ? "anthropic" : "offline",
    storage: e.S3_BUCKET ? "s3" : "local",
    email: e.RESEND_API_KEY ? "resend" : "outbox",
    monitoring: e.SENTRY_DSN || e.NEXT_PUBLIC_SENTRY_DSN ? "sentry" : "off",
  };
}

export function isNeonUrl(url: string): boolean {
  return /\.neon\.tech$/i.test(new URL(url).hostname);
}

/**
 * Checks run when the server starts. In production an unsafe embedded default stops start-up
 * with a message naming the variable, unless HEARTH_ALLOW_EMBEDDED_DEFAULTS opts in (the
 * two-command local quick start does, and says so loudly).
 */
export function unsafeProductionDefaults(e: Env): { variable: string; problem: string }[] {
  if (e.NODE_ENV !== "production" || e.HEARTH_ALLOW_EMBEDDED_DEFAULTS) return [];
  const problems: { variable: string; problem: string }[] = [];
  if (!e.HEARTH_MASTER_KEYS)
    problems.push({
      variable: "HEARTH_MASTER_KEYS",
      problem: "is not set, so the development encryption key would protect children's data",
    });
  if (!e.HEARTH_SESSION_SECRET)
    problems.push({ variable: "HEARTH_SESSION_SECRET", problem: "is not set (development secret)" });
  if (!e.HEARTH_PIN_PEPPER)
    problems.push({ variable: "HEARTH_PIN_PEPPER", problem: "is not set (development pepper)" });
  if (serviceModes(e).auth === "local")
    problems.push({
      variable: "CLERK_SECRET_KEY",
      problem:
        "and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY are not set, so local parent accounts would be used; set them or HEARTH_ALLOW_EMBEDDED_DEFAULTS=1",
    });
  if (!e.CRON_SECRET) problems.push({ variable: "CRON_SECRET", problem: "is not set" });
  return problems;
}

export function assertSafeForStartup(e: Env = env()): void {
  const problems = unsafeProductionDefaults(e);
  if (problems.length > 0) {
    throw new EnvError(
      problems.map((p) => p.variable),
      `Hearth refuses to start in production with unsafe defaults:\n${problems
        .map((p) => `  ${p.variable} ${p.problem}`)
        .join("\n")}`,
    );
  }
}

export function adminEmails(e: Env = env()): Set<string> {
  return new Set(
    (e.ADMIN_EMAILS ?? "")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
}
