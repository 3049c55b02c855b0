"use server";

import { z } from "zod";
import { withSystem } from "@/db/tenant";
import { adminAction } from "@/lib/actions/action-client";
import { recordAudit } from "@/lib/audit/record";
import { type ChainVerification, verifyAuditChain } from "@/lib/audit/verify";

/**
 * Walks the whole hash chain (P3) and records that an admin did so, with the verdict, in the
 * same transaction: a check of the trail is itself part of the trail.
 */
const noInput = z.object({});

export const verifyChain = adminAction<typeof noInput, ChainVerification>(noInput, async ({ ctx }) => {
  const result = await withSystem(ctx.db, async (tx) => {
    const verdict = await verifyAuditChain(tx);
    await recordAudit(tx, {
      action: "admin.audit_verified",
      actor: { type: "admin", id: ctx.admin.parentId },
      familyId: null,
      detail: { ok: verdict.ok, brokenAt: verdict.brokenAt?.seq ?? null },
      context: ctx.request,
    });
    return verdict;
  });
  return { status: "ok", data: result };
});
