import "server-only";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { AuditContext } from "@/lib/audit/actions";
import type { ChildIdentity } from "@/lib/auth/child-sign-in";
import { AppError } from "@/lib/errors";
import { recordSafetyFlag } from "./safety-alert";
import { findConversation } from "./store";

/**
 * The child's "Tell a grown-up" button (PRODUCT.md §4.3, P25): the child asks for their parent's
 * attention. It is recorded like a flag (a safety event with category "child_report", an audit
 * entry) and alerts the parent once per conversation (or once a day outside one). Nothing the
 * child wrote is copied anywhere.
 */

export const CHILD_REPORT_CATEGORY = "child_report";

export async function reportConcern(
  db: Db,
  child: Pick<ChildIdentity, "familyId" | "childId">,
  input: { conversationId: string | null },
  context: AuditContext = {},
): Promise<void> {
  await withFamily(db, child.familyId, async (tx) => {
    if (input.conversationId) {
      const own = await findConversation(tx, { ...child, conversationId: input.conversationId });
      // Someone else's conversation and a made-up id get the same answer (P17).
      if (!own) throw new AppError("not_found", "That conversation could not be found.");
    }
    await recordSafetyFlag(
      tx,
      { familyId: child.familyId, childId: child.childId, conversationId: input.conversationId },
      // The event's tier says which kind of check raised it; a child's own report is not a model's.
      { category: CHILD_REPORT_CATEGORY, severity: "medium", source: "input", tier: "deterministic" },
      { actor: { type: "child", id: child.childId }, context, alertKind: "report" },
    );
  });
}
