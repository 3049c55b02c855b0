import type { ReactNode } from "react";

const tones = {
  info: "border-sage-700 bg-sage-50 text-sage-800",
  success: "border-sage-700 bg-sage-50 text-sage-800",
  error: "border-red-700 bg-red-50 text-red-900",
  warning: "border-amber-700 bg-amber-50 text-amber-900",
} as const;

/** A message block; errors are announced to screen readers as they appear. */
export function Notice({ tone = "info", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-xl border-l-4 px-4 py-3 ${tones[tone]}`}
    >
      {children}
    </div>
  );
}
