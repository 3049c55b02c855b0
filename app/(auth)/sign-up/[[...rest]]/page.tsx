import type { Metadata } from "next";
import { AuthShell } from "@/components/parent/auth-shell";
import { SignUpForm } from "@/components/parent/sign-in-form";
import { serviceModes } from "@/lib/env";

export const metadata: Metadata = { title: "Create a family account" };

export default async function Page() {
  if (serviceModes().auth === "clerk") {
    const { SignUp } = await import("@clerk/nextjs");
    return (
      <AuthShell title="Create a family account">
        <SignUp />
      </AuthShell>
    );
  }
  return (
    <AuthShell title="Create a family account">
      <SignUpForm />
    </AuthShell>
  );
}
