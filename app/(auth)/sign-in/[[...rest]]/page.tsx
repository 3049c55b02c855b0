import type { Metadata } from "next";
import { AuthShell } from "@/components/parent/auth-shell";
import { SignInForm } from "@/components/parent/sign-in-form";
import { serviceModes } from "@/lib/env";

export const metadata: Metadata = { title: "Parent sign-in" };

export default async function Page() {
  if (serviceModes().auth === "clerk") {
    const { SignIn } = await import("@clerk/nextjs");
    return (
      <AuthShell title="Parent sign-in">
        <SignIn />
      </AuthShell>
    );
  }
  return (
    <AuthShell title="Parent sign-in">
      <SignInForm />
    </AuthShell>
  );
}
