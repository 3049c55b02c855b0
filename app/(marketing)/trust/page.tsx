import type { Metadata } from "next";
import { PRIVACY_PROMISES } from "@/lib/privacy/promises";
import { PROOFS } from "@/lib/privacy/proofs.generated";

export const metadata: Metadata = { title: "Trust & safety" };

/**
 * Each promise with the automated tests that prove it. The list is generated from the test
 * files (scripts/generate-trust.ts), and a unit test fails if it is out of date.
 */
export default function TrustPage() {
  const proven = PRIVACY_PROMISES.filter((p) => (PROOFS[p.id]?.length ?? 0) > 0).length;
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Trust &amp; safety</h1>
      <p className="text-lg text-muted">
        Every privacy promise we make is enforced by code and proved by an automated test that runs on every
        change.
        {` ${proven} of ${PRIVACY_PROMISES.length} promises are proven by tests today; the rest are marked as not yet proven.`}
      </p>
      <ol className="flex flex-col gap-4">
        {PRIVACY_PROMISES.map((p) => {
          const tests = PROOFS[p.id] ?? [];
          return (
            <li key={p.id} className="rounded-xl border border-stone-200 bg-white p-5">
              <h2 className="text-lg font-bold">
                {p.id}{" "}
                <span
                  className={`ml-2 rounded-full px-3 py-0.5 text-sm ${tests.length ? "bg-sage-100 text-sage-800" : "bg-amber-100 text-amber-900"}`}
                >
                  {tests.length
                    ? `proven by ${tests.length} test${tests.length === 1 ? "" : "s"}`
                    : "not yet proven"}
                </span>
              </h2>
              <p className="mt-2">{p.text}</p>
              {tests.length ? (
                <details className="mt-3">
                  <summary className="cursor-pointer font-semibold text-hearth-800">Show the tests</summary>
                  <ul className="mt-2 flex flex-col gap-1 text-sm">
                    {tests.map((t) => (
                      <li key={`${t.file}:${t.title}`}>
                        <code className="break-all">{t.file}</code> — {t.title}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
