"use client";

import Link from "next/link";
import { useActionState } from "react";
import { dismissNotice } from "@/app/(parent)/actions";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE_STATE } from "@/components/ui/idle-state";

const TEXT: Record<string, { title: string; body: string; tone: "alert" | "info" }> = {
  safety_alert: {
    title: "Safety alert",
    body: "Something in a tutor conversation needs your attention. The child was shown calm, age-appropriate help.",
    tone: "alert",
  },
  pin_locked: {
    title: "PIN sign-in paused",
    body: "After many wrong PINs in a row, PIN sign-in was paused. You can unlock it on the child's page.",
    tone: "info",
  },
  milestone: { title: "Milestone", body: "A skill was mastered.", tone: "info" },
  session_summary: { title: "Session summary", body: "A learning session finished.", tone: "info" },
  deletion: { title: "Deletion", body: "A deletion is scheduled.", tone: "info" },
  policy: { title: "Privacy policy", body: "Our privacy policy is changing.", tone: "info" },
};

export function Notices({
  notices,
  names,
}: {
  notices: { id: string; type: string; childId: string | null; createdAt: string }[];
  names: Record<string, string>;
}) {
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="notices-heading" className="flex flex-col gap-3">
      <h2 id="notices-heading" className="text-2xl font-bold">
        Needs your attention
      </h2>
      <ul className="flex flex-col gap-3">
        {notices.map((n) => (
          <Notice key={n.id} notice={n} name={n.childId ? names[n.childId] : undefined} />
        ))}
      </ul>
    </section>
  );
}

function Notice({
  notice,
  name,
}: {
  notice: { id: string; type: string; childId: string | null; createdAt: string };
  name?: string;
}) {
  const [state, action, pending] = useActionState(dismissNotice, IDLE_STATE);
  const text = TEXT[notice.type] ?? { title: "Notice", body: "", tone: "info" as const };
  if (state.status === "ok") return null;
  return (
    <li
      className={`rounded-2xl border-l-4 bg-white p-4 ${text.tone === "alert" ? "border-red-700" : "border-sage-700"}`}
    >
      <p className="font-bold">
        {text.title}
        {name ? ` · ${name}` : ""}
      </p>
      <p className="mt-1 text-muted">{text.body}</p>
      <p className="mt-1 text-sm text-muted">
        {new Date(notice.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        {notice.childId && name ? (
          <Link
            href={`/children/${notice.childId}${notice.type === "safety_alert" ? "/tutor" : ""}`}
            className="font-semibold text-hearth-800 underline"
          >
            Open {name}&apos;s page
          </Link>
        ) : null}
        <form action={action}>
          <input type="hidden" name="noticeId" value={notice.id} />
          <button type="submit" disabled={pending} className="font-semibold text-hearth-800 underline">
            Mark as read
          </button>
        </form>
      </div>
      <FormStatus state={state} />
    </li>
  );
}
