"use client";

import { useActionState } from "react";
import { reportConcern } from "@/app/(child)/learn/(signed-in)/tutor/actions";
import { IDLE_STATE } from "@/components/ui/idle-state";
import { Notice } from "@/components/ui/notice";

/**
 * "Tell a grown-up": always on the tutor page. One tap asks for the parent's attention (a safety
 * alert, P25); the child sees a kind confirmation and nothing they wrote is sent anywhere.
 */
export function TellGrownUp({ conversationId }: { conversationId: string | null }) {
  const [state, action, pending] = useActionState(reportConcern, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="conversationId" value={conversationId ?? ""} />
      <p className="text-base text-muted">
        Something worrying you, or something here didn&apos;t feel right? You can always tell a grown-up.
      </p>
      <div>
        <button
          type="submit"
          disabled={pending || state.status === "ok"}
          className="inline-flex min-h-12 items-center justify-center rounded-xl border-2 border-hearth-700 bg-white px-5 py-3 text-base font-semibold text-hearth-800 hover:bg-hearth-50 disabled:opacity-60"
        >
          {pending ? "Telling your grown-up…" : "Tell a grown-up"}
        </button>
      </div>
      {state.status === "ok" ? <Notice tone="success">{state.message}</Notice> : null}
      {state.status === "error" ? <Notice tone="error">{state.message}</Notice> : null}
    </form>
  );
}
