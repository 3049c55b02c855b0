import "server-only";
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import type { AuditContext } from "@/lib/audit/actions";

export interface RequestContext extends AuditContext {
  ip: string | null;
  requestId: string | null;
  /** An opaque key for per-client limits: a hash of the address, never the address itself. */
  clientKey: string;
}

export function clientIpFrom(h: Headers): string | null {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || h.get("x-real-ip")?.trim() || null;
  return ip && ip.length <= 64 ? ip : null;
}

export async function requestContext(): Promise<RequestContext> {
  const h = await headers();
  const ip = clientIpFrom(h);
  return {
    ip,
    requestId: h.get("x-request-id"),
    clientKey: createHash("sha256")
      .update(`client:${ip ?? "unknown"}`)
      .digest("hex")
      .slice(0, 32),
  };
}
