import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, serviceModes, unsafeProductionDefaults } from "@/lib/env";

const base = { NODE_ENV: "development" } as NodeJS.ProcessEnv;

describe("environment", () => {
  it("runs every embedded default when no service variable is set", () => {
    expect(serviceModes(parseEnv(base))).toEqual({
      database: "pglite",
      auth: "local",
      tutor: "offline",
      storage: "local",
      email: "outbox",
      monitoring: "off",
    });
  });

  it("treats empty values (a copied .env.example) as unset", () => {
    const env = parseEnv({ ...base, DATABASE_URL: "", HEARTH_BCRYPT_COST: "", APP_URL: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.HEARTH_BCRYPT_COST).toBe(12);
  });

  it("selects each real service by the presence of its variables", () => {
    const env = parseEnv({
      ...base,
      DATABASE_URL: "postgres://u:p@ep-cool-1.us-east-2.aws.neon.tech/db?sslmode=require",
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_test_x",
      CLERK_SECRET_KEY: "sk_test_x",
      ANTHROPIC_API_KEY: "sk-ant-x",
      S3_BUCKET: "hearth",
      RESEND_API_KEY: "re_x",
      SENTRY_DSN: "https://key@o1.ingest.sentry.io/1",
    });
    expect(serviceModes(env)).toEqual({
      database: "neon",
      auth: "clerk",
      tutor: "anthropic",
      storage: "s3",
      email: "resend",
      monitoring: "sentry",
    });
    expect(serviceModes(parseEnv({ ...base, DATABASE_URL: "postgres://localhost/db" })).database).toBe(
      "postgres",
    );
  });

  it("Clerk needs both keys", () => {
    expect(serviceModes(parseEnv({ ...base, CLERK_SECRET_KEY: "sk_test_x" })).auth).toBe("local");
  });

  it("names a malformed variable without echoing its value", () => {
    try {
      parseEnv({ ...base, DATABASE_URL: "mysql://secret-password@host/db" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as EnvError).variables).toEqual(["DATABASE_URL"]);
      expect((error as Error).message).not.toContain("secret-password");
    }
  });

  it("production refuses unsafe defaults, naming each variable", () => {
    const problems = unsafeProductionDefaults(parseEnv({ NODE_ENV: "production" }));
    expect(problems.map((p) => p.variable)).toEqual([
      "HEARTH_MASTER_KEYS",
      "HEARTH_SESSION_SECRET",
      "HEARTH_PIN_PEPPER",
      "CLERK_SECRET_KEY",
      "CRON_SECRET",
    ]);
  });

  it("production with every secret and Clerk set has no unsafe default", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      HEARTH_MASTER_KEYS: "k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
      HEARTH_SESSION_SECRET: "s".repeat(40),
      HEARTH_PIN_PEPPER: "p".repeat(40),
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_live_x",
      CLERK_SECRET_KEY: "sk_live_x",
      CRON_SECRET: "c".repeat(20),
    });
    expect(unsafeProductionDefaults(env)).toEqual([]);
  });

  it("the explicit opt-in allows embedded defaults in production", () => {
    expect(
      unsafeProductionDefaults(parseEnv({ NODE_ENV: "production", HEARTH_ALLOW_EMBEDDED_DEFAULTS: "1" })),
    ).toEqual([]);
  });
});
