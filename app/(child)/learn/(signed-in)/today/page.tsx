import type { Metadata } from "next";
import { requireChild } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const child = await requireChild();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Welcome back, {child.firstName}.</h1>
      <p className="text-muted">Here&apos;s what we could do today. Pick anything you like.</p>
      <p className="rounded-2xl bg-sage-50 p-5" data-testid="ai-state">
        {child.aiConsent
          ? "Your grown-up said you can learn with the AI tutor."
          : "You're learning with the offline coach today. Your grown-up can change this."}
      </p>
    </div>
  );
}
