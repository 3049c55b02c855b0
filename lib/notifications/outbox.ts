import { desc, eq } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";

/**
 * The dev mailbox (PRODUCT.md §2): without Resend configured, email to parents stays in the
 * outbox, and each family can read its own there. Family-scoped like every other read.
 */
export async function familyOutbox(db: Db, params: { familyId: string; limit?: number }) {
  return withFamily(db, params.familyId, (tx) =>
    tx
      .select({
        id: emailOutbox.id,
        toEmail: emailOutbox.toEmail,
        subject: emailOutbox.subject,
        text: emailOutbox.text,
        createdAt: emailOutbox.createdAt,
        sentAt: emailOutbox.sentAt,
      })
      .from(emailOutbox)
      .where(eq(emailOutbox.familyId, params.familyId))
      .orderBy(desc(emailOutbox.createdAt))
      .limit(params.limit ?? 50),
  );
}
