import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireChild } from "@/lib/auth/current";
import { parentLooksAtChild } from "@/lib/privacy/child-view";

export const metadata: Metadata = { title: "My data" };

const LOOKED_AT: Record<string, string> = {
  child_data: "everything Hearth keeps about you",
  learning_progress: "your learning progress",
  tutor_activity: "your tutor chats and safety notes",
  export: "a copy of your data to keep",
};

/** P23: the child sees the AI choice, what their grown-up can see, and when they looked. */
export default async function MyDataPage() {
  const child = await requireChild();
  const looks = await parentLooksAtChild(await getDb(), { familyId: child.familyId, childId: child.childId });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Your data</h1>
      <section className="rounded-2xl bg-white p-5" aria-labelledby="ai-heading">
        <h2 id="ai-heading" className="text-xl font-bold">
          The AI tutor
        </h2>
        <p className="mt-2" data-testid="my-data-ai">
          {child.aiConsent
            ? "Your grown-up said yes to the AI tutor. It helps with questions and hints. It never gets your birthday, your family code or anyone's email."
            : "Your grown-up chose the offline coach for now, so your messages stay on Hearth and are not sent to an AI."}
        </p>
      </section>
      <section className="rounded-2xl bg-white p-5" aria-labelledby="see-heading">
        <h2 id="see-heading" className="text-xl font-bold">
          What your grown-up can see
        </h2>
        <ul className="mt-2 list-disc pl-6">
          <li>Which skills you have practised and how they are going</li>
          <li>How much time you spent learning</li>
          <li>Your chats with the tutor</li>
          <li>If the tutor noticed something that might need a grown-up&apos;s help</li>
        </ul>
      </section>
      <section className="rounded-2xl bg-white p-5" aria-labelledby="looked-heading">
        <h2 id="looked-heading" className="text-xl font-bold">
          When your grown-up looked
        </h2>
        {looks.length === 0 ? (
          <p className="mt-2">Your grown-up hasn&apos;t looked at your learning pages yet.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1">
            {looks.map((look) => (
              <li key={`${look.what}-${look.at.toISOString()}`}>
                {look.at.toLocaleDateString("en-US", { weekday: "long", month: "long", day: "numeric" })}:{" "}
                {LOOKED_AT[look.what]}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
