/**
 * A gentle picture of how strong a skill is: words first, a bar second, and no percentages,
 * scores or comparisons (P24). Safe on server and client.
 */
export function masteryWords(pKnown: number): string {
  if (!(pKnown >= 0.4)) return "Just starting";
  if (pKnown < 0.7) return "Growing";
  if (pKnown < 0.95) return "Nearly there";
  return "Strong";
}

export function MasteryBar({ value, label = "How strong this skill is" }: { value: number; label?: string }) {
  const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  const percent = Math.round(clamped * 100);
  const words = masteryWords(clamped);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-baseline justify-between gap-3">
        <span className="font-semibold">{label}</span>
        <span className="text-sage-800" data-testid="mastery-words">
          {words}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={words}
        className="h-4 w-full overflow-hidden rounded-full bg-sage-100"
      >
        <div
          className="h-full rounded-full bg-sage-700 transition-[width] duration-700"
          style={{ width: `${Math.max(4, percent)}%` }}
        />
      </div>
    </div>
  );
}
