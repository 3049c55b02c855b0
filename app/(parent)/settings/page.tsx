import type { Metadata } from "next";
import Link from "next/link";
import { FamilyTutorSettingsForm } from "@/components/parent/tutor-settings-forms";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requireParent } from "@/lib/auth/current";
import { getFamilyTutorSettings } from "@/lib/settings/tutor-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const parent = await requireParent();
  const settings = await getFamilyTutorSettings(await getDb(), parent.familyId);
  return (
    <div className="flex max-w-2xl flex-col gap-8">
      <h1 className="text-3xl font-extrabold">Settings</h1>
      <Card>
        <h2 className="mb-1 text-xl font-bold">The tutor, for our family</h2>
        <p className="mb-5 text-muted">
          These shape how the AI tutor talks with every child in your family. How much help each child may get
          is set on that child&apos;s tutor page.
        </p>
        <FamilyTutorSettingsForm settings={settings} />
      </Card>
      <Card>
        <h2 className="text-xl font-bold">Privacy and data</h2>
        <p className="mt-1 text-muted">See, export or delete your family&apos;s data.</p>
        <Link href="/settings/privacy" className="mt-3 inline-block font-semibold text-hearth-800 underline">
          Privacy and data settings
        </Link>
      </Card>
    </div>
  );
}
