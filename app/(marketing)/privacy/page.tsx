import type { Metadata } from "next";
import Link from "next/link";
import { PRIVACY_PROMISES } from "@/lib/privacy/promises";

export const metadata: Metadata = { title: "Privacy policy" };

export default function PrivacyPage() {
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Privacy policy</h1>
      <p className="text-lg text-muted">
        Most of the children who learn with Hearth are under 13. We collect as little as we can, we protect
        what we keep, and we let parents see, export and delete all of it. These are our promises; each one is
        enforced by our code and checked by an automated test, listed on our{" "}
        <Link href="/trust" className="underline">
          trust page
        </Link>
        .
      </p>
      <ol className="flex flex-col gap-3">
        {PRIVACY_PROMISES.map((p) => (
          <li key={p.id} className="rounded-xl border border-stone-200 bg-white p-4">
            <span className="font-bold">{p.id}.</span> {p.text}
          </li>
        ))}
      </ol>
    </article>
  );
}
