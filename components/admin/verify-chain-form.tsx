"use client";

import Link from "next/link";
import { useActionState } from "react";
import { verifyChain } from "@/app/(admin)/admin/audit/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/actions/action-client";
import type { ChainVerification } from "@/lib/audit/verify";

const INITIAL: ActionState<ChainVerification> = { status: "idle" };

const REASONS: Record<NonNullable<ChainVerification["brokenAt"]>["reason"], string> = {
  hash_mismatch: "hash mismatch",
  link_mismatch: "link mismatch",
};

const EXPLANATIONS: Record<NonNullable<ChainVerification["brokenAt"]>["reason"], string> = {
  hash_mismatch:
    "This entry's contents no longer match the hash written when it was appended: it was altered.",
  link_mismatch:
    "This entry does not point to the entry before it: an entry before it was removed or replaced.",
};

/** The "Verify chain" control: recomputes every hash and link and says where the chain breaks. */
export function VerifyChainForm() {
  const [state, action, pending] = useActionState(verifyChain, INITIAL);
  const result = state.status === "ok" ? state.data : undefined;
  return (
    <form action={action} className="flex flex-col gap-4">
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Verifying…" : "Verify chain"}
        </Button>
      </div>
      <FormStatus state={state} />
      {result?.ok ? (
        <Notice tone="success">
          <p className="text-xl font-bold">Chain intact: {result.entries.toLocaleString("en-US")} entries</p>
          <p className="mt-1">Every entry's hash and its link to the entry before it check out.</p>
        </Notice>
      ) : null}
      {result && !result.ok && result.brokenAt ? (
        <Notice tone="error">
          <p className="text-xl font-bold">
            Chain broken at entry #{result.brokenAt.seq} ({REASONS[result.brokenAt.reason]})
          </p>
          <p className="mt-1">{EXPLANATIONS[result.brokenAt.reason]}</p>
          <p className="mt-2">
            <Link
              href={`/admin/audit?after=${result.brokenAt.seq + 1}`}
              prefetch={false}
              className="font-semibold underline"
            >
              Show entries from #{result.brokenAt.seq}
            </Link>
          </p>
        </Notice>
      ) : null}
    </form>
  );
}
