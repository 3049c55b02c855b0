"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withFamily, withSystem } from "@/db/tenant";
import { parentAction } from "@/lib/actions/action-client";
import { notFound } from "@/lib/errors";
import {
  changeChildPin,
  childCreateSchema,
  childUpdateSchema,
  createChild,
  deleteChild,
  endChildSessions,
  setAiConsent,
  unlockChild,
  updateChild,
} from "@/lib/family/children";
import { regenerateFamilyCode } from "@/lib/family/families";
import type { ParentIdentity } from "@/lib/family/parents";
import type { RequestContext } from "@/lib/http/request-context";
import { markNoticeRead } from "@/lib/notifications/notify";
import {
  childTutorSettingsSchema,
  familyTutorSettingsSchema,
  saveChildTutorSettings,
  saveFamilyTutorSettings,
} from "@/lib/settings/tutor-settings";

const childIdOnly = z.object({ childId: z.uuid("That child profile could not be found.") });

export const addChild = parentAction(childCreateSchema, async ({ input, ctx }) => {
  const child = await createChild(ctx.db, scopeOf(ctx), input);
  revalidatePath("/dashboard");
  return { status: "ok", message: `${child.firstName}'s profile is ready.` };
});

export const editChild = parentAction(childUpdateSchema, async ({ input, ctx }) => {
  await updateChild(ctx.db, scopeOf(ctx), input);
  revalidatePath(`/children/${input.childId}`);
  return { status: "ok", message: "Saved." };
});

export const changePin = parentAction(
  z.object({ childId: z.uuid(), pin: z.string().max(20) }),
  async ({ input, ctx }) => {
    await changeChildPin(ctx.db, scopeOf(ctx), input);
    return { status: "ok", message: "The new PIN works from now on." };
  },
);

export const changeAiConsent = parentAction(
  z.object({ childId: z.uuid(), aiConsent: z.enum(["yes", "no"]) }),
  async ({ input, ctx }) => {
    await setAiConsent(ctx.db, scopeOf(ctx), {
      childId: input.childId,
      aiConsent: input.aiConsent === "yes",
    });
    revalidatePath(`/children/${input.childId}`);
    return {
      status: "ok",
      message:
        input.aiConsent === "yes"
          ? "The AI tutor is now allowed."
          : "The AI tutor is switched off; the offline coach will be used.",
    };
  },
);

export const unlock = parentAction(childIdOnly, async ({ input, ctx }) => {
  await unlockChild(ctx.db, scopeOf(ctx), input);
  revalidatePath(`/children/${input.childId}`);
  return { status: "ok", message: "Unlocked. They can sign in with their PIN again." };
});

export const endSessions = parentAction(childIdOnly, async ({ input, ctx }) => {
  const count = await endChildSessions(ctx.db, scopeOf(ctx), input);
  revalidatePath(`/children/${input.childId}`);
  return {
    status: "ok",
    message: count === 1 ? "Signed out of 1 device." : `Signed out of ${count} devices.`,
  };
});

export const removeChild = parentAction(
  childIdOnly.extend({ confirm: z.literal("delete", { message: 'Type "delete" to confirm.' }) }),
  async ({ input, ctx }) => {
    await deleteChild(ctx.db, scopeOf(ctx), { childId: input.childId });
    revalidatePath("/dashboard");
    redirect("/dashboard?deleted=1");
  },
);

export const newFamilyCode = parentAction(z.object({}), async ({ ctx }) => {
  // System context: the uniqueness check must see every family's code.
  await withSystem(ctx.db, (tx) =>
    regenerateFamilyCode(tx, {
      familyId: ctx.parent.familyId,
      actor: { type: "parent", id: ctx.parent.parentId },
      context: ctx.request,
    }),
  );
  revalidatePath("/dashboard");
  return { status: "ok", message: "Your family has a new code. The old one no longer works." };
});

function scopeOf(ctx: { parent: ParentIdentity; request: RequestContext }) {
  return {
    familyId: ctx.parent.familyId,
    actor: { type: "parent" as const, id: ctx.parent.parentId },
    context: ctx.request,
  };
}

export const dismissNotice = parentAction(
  z.object({ noticeId: z.uuid("That notice could not be found.") }),
  async ({ input, ctx }) => {
    const done = await withFamily(ctx.db, ctx.parent.familyId, (tx) =>
      markNoticeRead(tx, { familyId: ctx.parent.familyId, noticeId: input.noticeId }),
    );
    if (!done) throw notFound("That notice");
    revalidatePath("/dashboard");
    return { status: "ok", message: "Marked as read." };
  },
);

export const saveFamilyTutorSettingsAction = parentAction(
  familyTutorSettingsSchema,
  async ({ input, ctx }) => {
    await saveFamilyTutorSettings(ctx.db, scopeOf(ctx), input);
    revalidatePath("/settings");
    return { status: "ok", message: "Saved. The tutor follows these settings from the next message." };
  },
);

export const saveChildTutorSettingsAction = parentAction(childTutorSettingsSchema, async ({ input, ctx }) => {
  await saveChildTutorSettings(ctx.db, scopeOf(ctx), input);
  revalidatePath(`/children/${input.childId}/tutor`);
  return { status: "ok", message: "Saved." };
});
