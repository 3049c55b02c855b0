"use client";

import { useActionState } from "react";
import {
  addChild,
  changeAiConsent,
  changePin,
  editChild,
  endSessions,
  newFamilyCode,
  removeChild,
  unlock,
} from "@/app/(parent)/actions";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { FormStatus, fieldErrors, typed } from "@/components/ui/form-status";
import { IDLE_STATE } from "@/components/ui/idle-state";

const STYLE_LABELS: Record<string, string> = {
  mixed: "A mix of everything",
  visual: "Pictures and diagrams",
  auditory: "Listening and talking",
  reading_writing: "Reading and writing",
  hands_on: "Hands-on and doing",
};

function LearningStyleSelect({ defaultValue, ...p }: { defaultValue?: string; id: string }) {
  return (
    <Select {...p} name="learningStyle" defaultValue={defaultValue ?? "mixed"}>
      {Object.entries(STYLE_LABELS).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </Select>
  );
}

export function AddChildForm() {
  const [state, action, pending] = useActionState(addChild, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} />
      <Field
        label="First name"
        name="firstName"
        errors={fieldErrors(state, "firstName")}
        hint="First name only. We never ask for a last name."
      >
        {(p) => (
          <TextInput
            {...p}
            name="firstName"
            autoComplete="off"
            maxLength={40}
            required
            defaultValue={typed(state, "firstName")}
          />
        )}
      </Field>
      <Field
        label="Birth year (optional)"
        name="birthYear"
        errors={fieldErrors(state, "birthYear")}
        hint="Used only to suggest a starting level and an age-appropriate tone."
      >
        {(p) => (
          <TextInput
            {...p}
            name="birthYear"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={4}
            defaultValue={typed(state, "birthYear")}
          />
        )}
      </Field>
      <Field label="How they like to learn" name="learningStyle" errors={fieldErrors(state, "learningStyle")}>
        {(p) => <LearningStyleSelect {...p} defaultValue={typed(state, "learningStyle", "mixed")} />}
      </Field>
      <Field
        label="PIN (4 to 6 digits)"
        name="pin"
        errors={fieldErrors(state, "pin")}
        hint="Your child signs in with your family code and this PIN. Avoid 1234, repeated digits and years."
      >
        {(p) => (
          <TextInput
            {...p}
            name="pin"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={6}
            autoComplete="off"
            required
          />
        )}
      </Field>
      <fieldset className="flex flex-col gap-2" aria-describedby="ai-consent-hint">
        <legend className="font-semibold">May your child use the AI tutor?</legend>
        <p id="ai-consent-hint" className="text-sm text-muted">
          The AI tutor is Claude, by Anthropic. It receives your child&apos;s messages and learning context,
          never their birth year, your email or your family code. Without it, your child uses our offline
          coach. You can change this at any time.
        </p>
        {fieldErrors(state, "aiConsent") ? (
          <p className="text-sm font-semibold text-red-800">{fieldErrors(state, "aiConsent")?.join(" ")}</p>
        ) : null}
        <label className="flex items-center gap-3">
          <input
            type="radio"
            name="aiConsent"
            value="yes"
            className="size-5"
            defaultChecked={typed(state, "aiConsent") === "yes"}
          />{" "}
          Yes, allow the AI tutor
        </label>
        <label className="flex items-center gap-3">
          <input
            type="radio"
            name="aiConsent"
            value="no"
            className="size-5"
            defaultChecked={typed(state, "aiConsent") === "no"}
          />{" "}
          No, use the offline coach only
        </label>
      </fieldset>
      <label className="flex items-center gap-3">
        <input
          type="checkbox"
          name="shareFirstNameWithAi"
          defaultChecked={state.status !== "error" || typed(state, "shareFirstNameWithAi") === "on"}
          className="size-5"
        />
        Let the tutor call my child by their first name
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add child"}
      </Button>
    </form>
  );
}

export function EditChildForm({
  child,
}: {
  child: {
    id: string;
    firstName: string;
    birthYear: number | null;
    learningStyle: string;
    shareFirstNameWithAi: boolean;
  };
}) {
  const [state, action, pending] = useActionState(editChild, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="childId" value={child.id} />
      <Field label="First name" name="firstName" errors={fieldErrors(state, "firstName")}>
        {(p) => (
          <TextInput
            {...p}
            name="firstName"
            defaultValue={typed(state, "firstName", child.firstName)}
            maxLength={40}
            required
          />
        )}
      </Field>
      <Field label="Birth year (optional)" name="birthYear" errors={fieldErrors(state, "birthYear")}>
        {(p) => (
          <TextInput
            {...p}
            name="birthYear"
            inputMode="numeric"
            maxLength={4}
            defaultValue={typed(state, "birthYear", child.birthYear)}
          />
        )}
      </Field>
      <Field label="How they like to learn" name="learningStyle" errors={fieldErrors(state, "learningStyle")}>
        {(p) => (
          <LearningStyleSelect {...p} defaultValue={typed(state, "learningStyle", child.learningStyle)} />
        )}
      </Field>
      <label className="flex items-center gap-3">
        <input
          type="checkbox"
          name="shareFirstNameWithAi"
          defaultChecked={child.shareFirstNameWithAi}
          className="size-5"
        />
        Let the tutor call my child by their first name
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}

export function ChangePinForm({ childId }: { childId: string }) {
  const [state, action, pending] = useActionState(changePin, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="childId" value={childId} />
      <Field label="New PIN" name="pin" errors={fieldErrors(state, "pin")}>
        {(p) => <TextInput {...p} name="pin" inputMode="numeric" maxLength={6} autoComplete="off" required />}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        Change PIN
      </Button>
    </form>
  );
}

export function AiConsentForm({ childId, aiConsent }: { childId: string; aiConsent: boolean }) {
  const [state, action, pending] = useActionState(changeAiConsent, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <input type="hidden" name="childId" value={childId} />
      <input type="hidden" name="aiConsent" value={aiConsent ? "no" : "yes"} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {aiConsent ? "Switch the AI tutor off" : "Allow the AI tutor"}
      </Button>
    </form>
  );
}

export function ChildIdButton({ childId, kind }: { childId: string; kind: "unlock" | "endSessions" }) {
  const [state, action, pending] = useActionState(kind === "unlock" ? unlock : endSessions, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <input type="hidden" name="childId" value={childId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {kind === "unlock" ? "Unlock PIN sign-in" : "Sign out of all devices"}
      </Button>
    </form>
  );
}

export function DeleteChildForm({ childId, firstName }: { childId: string; firstName: string }) {
  const [state, action, pending] = useActionState(removeChild, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="childId" value={childId} />
      <p>
        {firstName}&apos;s profile and learning data will be hidden at once and permanently deleted after 30
        days. You can restore it until then.
      </p>
      <Field label='Type "delete" to confirm' name="confirm" errors={fieldErrors(state, "confirm")}>
        {(p) => <TextInput {...p} name="confirm" autoComplete="off" />}
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        Delete {firstName}&apos;s profile
      </Button>
    </form>
  );
}

export function NewFamilyCodeForm() {
  const [state, action, pending] = useActionState(newFamilyCode, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <Button type="submit" variant="quiet" disabled={pending}>
        Make a new family code
      </Button>
    </form>
  );
}
