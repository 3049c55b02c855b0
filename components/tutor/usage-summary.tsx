import type { TutorActivity } from "@/lib/tutor/activity";

/**
 * The parent's view of a child's tutoring: AI usage per subject and purpose (P8) and safety
 * events by category and severity (P25). No message text appears here.
 */

const SUBJECTS: Record<string, string> = {
  math: "Math",
  reading: "Reading and Language",
  science: "Science",
};
const PURPOSES: Record<string, string> = {
  tutoring: "Tutoring",
  safety: "Safety screening",
  grading: "Grading",
  question_generation: "Question writing",
  summaries: "Summaries",
};
const CATEGORIES: Record<string, string> = {
  self_harm: "Possible self-harm",
  abuse_disclosure: "Possible abuse or unsafe contact",
  sexual_content: "Sexual content",
  personal_info: "Personal information shared",
  violence: "Violence",
  child_report: "Your child asked for a grown-up",
};
const SOURCES: Record<string, string> = {
  input: "Your child's message",
  output: "The tutor's reply (hidden)",
};

const number = (n: number) => n.toLocaleString("en-US");
const dollars = (micro: number) =>
  (micro / 1_000_000).toLocaleString("en-US", {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: 2,
    maximumFractionDigits: micro > 0 && micro < 10_000 ? 4 : 2,
  });

export function categoryLabel(category: string): string {
  return CATEGORIES[category] ?? category.replaceAll("_", " ");
}

export function UsageSummary({ activity, firstName }: { activity: TutorActivity; firstName: string }) {
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="safety-heading" className="flex flex-col gap-3">
        <h2 id="safety-heading" className="text-xl font-bold">
          Safety alerts
        </h2>
        <p className="text-muted">
          When something {firstName} writes, or something the tutor writes, needs a grown-up&apos;s attention,
          Hearth shows {firstName} calm help and records it here. We record the kind of concern, never the
          words.
        </p>
        <p data-testid="alert-count">
          Alerts sent to you about {firstName}: <strong>{number(activity.alerts)}</strong>
        </p>
        {activity.safety.length === 0 ? (
          <p data-testid="safety-none">No safety alerts.</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="safety-events">
            {activity.safety.map((e) => (
              <li
                key={e.id}
                data-testid="safety-event"
                className="flex flex-wrap items-baseline justify-between gap-2 rounded-xl border border-stone-200 bg-white px-4 py-3"
              >
                <span className="font-semibold">{categoryLabel(e.category)}</span>
                <span className="text-sm text-muted">
                  {SOURCES[e.source] ?? e.source} · {e.severity} priority ·{" "}
                  <time dateTime={e.createdAt.toISOString()}>
                    {e.createdAt.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="usage-heading" className="flex flex-col gap-3">
        <h2 id="usage-heading" className="text-xl font-bold">
          AI usage
        </h2>
        <p className="text-muted">
          Every call to the AI provider, by subject and purpose. Cached tokens are parts of the tutor&apos;s
          instructions reused from a recent call, which costs less. Costs are estimates.
        </p>
        {activity.usage.length === 0 ? (
          <p>No AI usage yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-left text-sm" data-testid="usage-table">
              <caption className="sr-only">AI usage by subject and purpose</caption>
              <thead>
                <tr className="border-b-2 border-stone-300">
                  <th scope="col" className="px-2 py-2">
                    Subject
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Purpose
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Calls
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Input tokens
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Output tokens
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Cached (read / written)
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Estimated cost
                  </th>
                </tr>
              </thead>
              <tbody>
                {activity.usage.map((u) => (
                  <tr key={`${u.subject}:${u.purpose}`} className="border-b border-stone-200">
                    <th scope="row" className="px-2 py-2 font-semibold">
                      {SUBJECTS[u.subject] ?? u.subject}
                    </th>
                    <td className="px-2 py-2">{PURPOSES[u.purpose] ?? u.purpose}</td>
                    <td className="px-2 py-2 text-right">{number(u.calls)}</td>
                    <td className="px-2 py-2 text-right">{number(u.inputTokens)}</td>
                    <td className="px-2 py-2 text-right">{number(u.outputTokens)}</td>
                    <td className="px-2 py-2 text-right">
                      {number(u.cacheReadTokens)} / {number(u.cacheWriteTokens)}
                    </td>
                    <td className="px-2 py-2 text-right">{dollars(u.costMicroUsd)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="font-bold">
                  <th scope="row" colSpan={2} className="px-2 py-2">
                    Total
                  </th>
                  <td className="px-2 py-2 text-right">{number(activity.total.calls)}</td>
                  <td className="px-2 py-2 text-right">{number(activity.total.inputTokens)}</td>
                  <td className="px-2 py-2 text-right">{number(activity.total.outputTokens)}</td>
                  <td className="px-2 py-2 text-right">
                    {number(activity.total.cacheReadTokens)} / {number(activity.total.cacheWriteTokens)}
                  </td>
                  <td className="px-2 py-2 text-right">{dollars(activity.total.costMicroUsd)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
