import type { TutorMode } from "@/lib/tutor/events";

/**
 * Who is answering, in the child's words (P23): the AI tutor (their grown-up said yes) or the
 * offline coach, and that their grown-up can read these chats.
 */
export function ModeBadge({
  mode,
  offlineReason,
}: {
  mode: TutorMode;
  offlineReason: "no_consent" | "not_configured" | null;
}) {
  const ai = mode === "ai";
  return (
    <div
      data-testid="tutor-mode"
      data-mode={mode}
      className={`flex flex-col gap-1 rounded-2xl border-2 p-4 ${ai ? "border-sage-700 bg-sage-50" : "border-hearth-600 bg-hearth-50"}`}
    >
      <p className="text-lg font-bold">
        <span aria-hidden="true">{ai ? "✨ " : "🧭 "}</span>
        {ai ? "AI tutor" : "Offline coach"}
      </p>
      <p className="text-base">
        {ai
          ? "You're learning with Hearth's AI tutor. Your grown-up said yes to this."
          : offlineReason === "no_consent"
            ? "You're learning with the offline coach. It gives hints and checks your answers, without AI. Your grown-up can choose the AI tutor."
            : "You're learning with the offline coach today. It gives hints and checks your answers, without AI."}{" "}
        Your grown-up can read these chats.
      </p>
    </div>
  );
}
