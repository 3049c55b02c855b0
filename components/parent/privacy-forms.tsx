"use client";

import { useActionState } from "react";
import { deleteOurFamily, restoreDeletedChild, restoreOurFamily } from "@/app/(parent)/privacy-actions";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { FormStatus, fieldErrors } from "@/components/ui/form-status";
import { IDLE_STATE } from "@/components/ui/idle-state";
import { FAMILY_DELETE_PHRASE } from "@/lib/privacy/confirmation";

export function RestoreChildForm({ childId, firstName }: { childId: string; firstName: string }) {
  const [state, action, pending] = useActionState(restoreDeletedChild, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <input type="hidden" name="childId" value={childId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Restoring…" : `Restore ${firstName}`}
      </Button>
    </form>
  );
}

export function RestoreFamilyForm() {
  const [state, action, pending] = useActionState(restoreOurFamily, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Restoring…" : "Restore our family account"}
      </Button>
    </form>
  );
}

export function DeleteFamilyForm({ childCount }: { childCount: number }) {
  const [state, action, pending] = useActionState(deleteOurFamily, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <p>
        {childCount === 0
          ? "Your family account"
          : `Your family account and ${childCount === 1 ? "your child's profile" : `all ${childCount} children's profiles`}`}{" "}
        will be hidden at once: your family code stops working and your children are signed out. Everything is
        permanently deleted after 30 days, including learning data, assessments and your family&apos;s
        encryption key. Until then you can sign in and restore it.
      </p>
      <Field
        label={`Type "${FAMILY_DELETE_PHRASE}" to confirm`}
        name="confirm"
        errors={fieldErrors(state, "confirm")}
      >
        {(p) => <TextInput {...p} name="confirm" autoComplete="off" />}
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete our family account"}
      </Button>
    </form>
  );
}
