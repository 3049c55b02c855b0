import { Card } from "@/components/ui/card";
import type { ChildProgress } from "@/lib/learning/engine/progress";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

const SUBJECT_NAMES: Record<string, string> = { math: "Math", reading: "Reading", science: "Science" };

function minutes(seconds: number): string {
  const m = Math.round(seconds / 60);
  return m === 1 ? "1 minute" : `${m} minutes`;
}

function gradeName(grade: string): string {
  return grade === "K" ? "Kindergarten" : `grade ${grade}`;
}

/**
 * A child's learning at a glance for their parent: mastery by subject, reviews, recent sessions
 * with active time, placement and quiz results. Parents see figures; children never do (P24).
 */
export function MasterySummary({ progress, firstName }: { progress: ChildProgress; firstName: string }) {
  const totalActive = progress.sessions.reduce((sum, s) => sum + s.activeSeconds, 0);
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="text-xl font-bold">Mastery by subject</h2>
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full border-collapse text-left">
            <caption className="sr-only">Skills mastered, being learned and not started, by subject</caption>
            <thead>
              <tr className="border-b-2 border-stone-300">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Subject
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Mastered
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Learning
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Not started
                </th>
                <th scope="col" className="py-2 font-semibold">
                  Skills
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.subjects.map((s) => (
                <tr
                  key={s.subject}
                  className="border-b border-stone-200"
                  data-testid={`subject-${s.subject}`}
                >
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {s.title}
                  </th>
                  <td className="py-2 pr-4">{s.mastered}</td>
                  <td className="py-2 pr-4">{s.learning}</td>
                  <td className="py-2 pr-4">{s.notStarted}</td>
                  <td className="py-2">{s.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {progress.recentlyMastered.length > 0 ? (
          <div className="mt-5">
            <h3 className="font-bold">Recently mastered</h3>
            <ul className="mt-2 flex flex-col gap-1">
              {progress.recentlyMastered.map((m) => (
                <li key={m.skillId}>
                  {m.title} <span className="text-muted">({dateFormat.format(m.masteredAt)})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-xl font-bold">Reviews</h2>
          <p className="mt-2" data-testid="reviews-due">
            {progress.reviewsDue === 0
              ? "Nothing is due for review right now."
              : `${progress.reviewsDue} ${progress.reviewsDue === 1 ? "review is" : "reviews are"} due.`}
          </p>
          <p className="mt-1 text-muted">
            {progress.reviewCards} spaced-repetition {progress.reviewCards === 1 ? "card" : "cards"} in all:
            mastered skills and missed questions come back just before they would be forgotten.
          </p>
        </Card>
        <Card>
          <h2 className="text-xl font-bold">Placement</h2>
          {progress.placement ? (
            <p className="mt-2">
              The math diagnostic ({progress.placement.answered} questions,{" "}
              {dateFormat.format(progress.placement.completedAt)}) suggests starting at{" "}
              {gradeName(progress.placement.placedGrade)}. {firstName} was not shown a grade or a score.
            </p>
          ) : (
            <p className="mt-2 text-muted">{firstName} has not taken the math diagnostic yet.</p>
          )}
          {progress.quizzes.length > 0 ? (
            <div className="mt-4">
              <h3 className="font-bold">Recent quizzes</h3>
              <ul className="mt-2 flex flex-col gap-1">
                {progress.quizzes.map((q) => (
                  <li key={q.id}>
                    {q.title}: {q.correct} of {q.total}{" "}
                    <span className="text-muted">({dateFormat.format(q.completedAt)})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Card>
      </div>

      <Card>
        <h2 className="text-xl font-bold">Recent sessions</h2>
        {progress.sessions.length === 0 ? (
          <p className="mt-2 text-muted">No learning sessions yet.</p>
        ) : (
          <>
            <p className="mt-2 text-muted">
              Active time leaves out any stretch of two minutes or more without an answer.{" "}
              {minutes(totalActive)} active across these sessions.
            </p>
            <div className="mt-4 overflow-x-auto">
              <table className="min-w-full border-collapse text-left">
                <caption className="sr-only">Recent learning sessions</caption>
                <thead>
                  <tr className="border-b-2 border-stone-300">
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      Started (UTC)
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      Subject
                    </th>
                    <th scope="col" className="py-2 font-semibold">
                      Active time
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {progress.sessions.map((s) => (
                    <tr key={s.id} className="border-b border-stone-200" data-testid="session-row">
                      <td className="py-2 pr-4">
                        {dateTimeFormat.format(s.startedAt)}
                        {s.endedAt ? "" : " (in progress)"}
                      </td>
                      <td className="py-2 pr-4">{SUBJECT_NAMES[s.subject] ?? s.subject}</td>
                      <td className="py-2">{minutes(s.activeSeconds)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
