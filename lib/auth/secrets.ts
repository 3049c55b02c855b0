import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Server secrets with development fallbacks. The fallbacks are derived from a fixed label so a
 * local install works with no configuration; production refuses to start without the real
 * variables (lib/env.ts, unsafeProductionDefaults).
 */
function devSecret(label: string): string {
  return createHash("sha256").update(`hearth-development-only:${label}`).digest("hex");
}

export function sessionSecret(): string {
  return env().HEARTH_SESSION_SECRET ?? devSecret("session");
}

export function pinPepper(): string {
  return env().HEARTH_PIN_PEPPER ?? devSecret("pin-pepper");
}
