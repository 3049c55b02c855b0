"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signIn, signUp } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { FormStatus, fieldErrors, typed } from "@/components/ui/form-status";
import { IDLE_STATE } from "@/components/ui/idle-state";

export function SignInForm() {
  const [state, action, pending] = useActionState(signIn, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} />
      <Field label="Email" name="email" errors={fieldErrors(state, "email")}>
        {(p) => (
          <TextInput
            {...p}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={typed(state, "email")}
          />
        )}
      </Field>
      <Field label="Password" name="password" errors={fieldErrors(state, "password")}>
        {(p) => <TextInput {...p} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-muted">
        New to Hearth?{" "}
        <Link href="/sign-up" className="font-semibold text-hearth-800 underline">
          Create a family account
        </Link>
      </p>
    </form>
  );
}

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUp, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} />
      <Field
        label="Email"
        name="email"
        errors={fieldErrors(state, "email")}
        hint="We only email you, never your children."
      >
        {(p) => (
          <TextInput
            {...p}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={typed(state, "email")}
          />
        )}
      </Field>
      <Field
        label="Password"
        name="password"
        errors={fieldErrors(state, "password")}
        hint="At least 10 characters."
      >
        {(p) => <TextInput {...p} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <Field label="Confirm password" name="confirm" errors={fieldErrors(state, "confirm")}>
        {(p) => <TextInput {...p} name="confirm" type="password" autoComplete="new-password" required />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your family…" : "Create family account"}
      </Button>
      <p className="text-muted">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-semibold text-hearth-800 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
