"use client";

import { useActionState } from "react";
import { saveChildTutorSettingsAction, saveFamilyTutorSettingsAction } from "@/app/(parent)/actions";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { FormStatus, fieldErrors, typed } from "@/components/ui/form-status";
import { IDLE_STATE } from "@/components/ui/idle-state";

const WORLDVIEW_LABELS: Record<string, string> = {
  unspecified: "No preference",
  secular: "Secular",
  faith_friendly: "Respectful of faith, not tied to one",
  christian: "Christian",
  jewish: "Jewish",
  muslim: "Muslim",
};

const HELP_LABELS: Record<string, string> = {
  nudge: "Nudges only: questions that point the way",
  hint: "Hints: a targeted hint about the next step",
  worked_example: "Worked examples of a similar problem (recommended)",
  answer: "May show the full solution after the hints run out",
};

export function FamilyTutorSettingsForm({
  settings,
}: {
  settings: { worldview: string; contentFilter: string; tutorGuidance: string | null };
}) {
  const [state, action, pending] = useActionState(saveFamilyTutorSettingsAction, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} />
      <Field
        label="Worldview"
        name="worldview"
        errors={fieldErrors(state, "worldview")}
        hint="The tutor keeps to this when a question touches on beliefs or values."
      >
        {(p) => (
          <Select {...p} name="worldview" defaultValue={typed(state, "worldview", settings.worldview)}>
            {Object.entries(WORLDVIEW_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label="Content filter"
        name="contentFilter"
        errors={fieldErrors(state, "contentFilter")}
        hint="Strict keeps topics firmly age-appropriate for young children."
      >
        {(p) => (
          <Select
            {...p}
            name="contentFilter"
            defaultValue={typed(state, "contentFilter", settings.contentFilter)}
          >
            <option value="strict">Strict</option>
            <option value="standard">Standard</option>
          </Select>
        )}
      </Field>
      <Field
        label="Guidance for the tutor (optional)"
        name="tutorGuidance"
        errors={fieldErrors(state, "tutorGuidance")}
        hint="For example: topics to avoid, or how you like explanations. Please don't include personal details."
      >
        {(p) => (
          <textarea
            {...p}
            name="tutorGuidance"
            maxLength={500}
            rows={3}
            defaultValue={typed(state, "tutorGuidance", settings.tutorGuidance)}
            className="w-full rounded-xl border-2 border-stone-300 bg-white px-4 py-3 text-base"
          />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save tutor settings"}
      </Button>
    </form>
  );
}

export function ChildTutorSettingsForm({
  childId,
  settings,
}: {
  childId: string;
  settings: { maxHelpLevel: string; readAloud: boolean };
}) {
  const [state, action, pending] = useActionState(saveChildTutorSettingsAction, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="childId" value={childId} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">The most help the tutor may give</legend>
        {Object.entries(HELP_LABELS).map(([value, label]) => (
          <label key={value} className="flex items-center gap-3">
            <input
              type="radio"
              name="maxHelpLevel"
              value={value}
              defaultChecked={typed(state, "maxHelpLevel", settings.maxHelpLevel) === value}
              className="size-5"
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-3">
        <input type="checkbox" name="readAloud" defaultChecked={settings.readAloud} className="size-5" />
        Offer to read the tutor&apos;s replies aloud
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
