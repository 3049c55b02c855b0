"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { parentAction } from "@/lib/actions/action-client";
import type { ParentIdentity } from "@/lib/family/parents";
import type { RequestContext } from "@/lib/http/request-context";
import { FAMILY_DELETE_PHRASE } from "@/lib/privacy/confirmation";
import { deleteFamily, restoreChild, restoreFamily } from "@/lib/privacy/lifecycle";

/** P19 and P20: restoring a deleted child, deleting and restoring the family account. */

export const restoreDeletedChild = parentAction(
  z.object({ childId: z.uuid("That profile could not be found.") }),
  async ({ input, ctx }) => {
    await restoreChild(ctx.db, scopeOf(ctx), { childId: input.childId });
    revalidatePath("/dashboard");
    // The form disappears with the restored child, so the confirmation is the dashboard's.
    redirect("/dashboard?restored=child");
  },
);

export const deleteOurFamily = parentAction(
  z.object({
    confirm: z
      .string({ message: `Type "${FAMILY_DELETE_PHRASE}" to confirm.` })
      .trim()
      .toLowerCase()
      .pipe(z.literal(FAMILY_DELETE_PHRASE, { message: `Type "${FAMILY_DELETE_PHRASE}" to confirm.` })),
  }),
  async ({ ctx }) => {
    await deleteFamily(ctx.db, scopeOf(ctx));
    revalidatePath("/", "layout");
    redirect("/dashboard");
  },
);

export const restoreOurFamily = parentAction(z.object({}), async ({ ctx }) => {
  await restoreFamily(ctx.db, scopeOf(ctx));
  revalidatePath("/", "layout");
  redirect("/dashboard?restored=family");
});

function scopeOf(ctx: { parent: ParentIdentity; request: RequestContext }) {
  return {
    familyId: ctx.parent.familyId,
    actor: { type: "parent" as const, id: ctx.parent.parentId },
    context: ctx.request,
  };
}
