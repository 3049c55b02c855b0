import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ChildSignIn } from "@/components/child/child-sign-in";
import { currentChild } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Learner sign-in" };

export default async function LearnSignInPage() {
  if (await currentChild()) redirect("/learn/today");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-8 px-6 py-10">
      <div className="flex flex-col gap-2 text-center">
        <Link href="/" className="text-3xl font-extrabold text-hearth-800">
          Hearth
        </Link>
        <h1 className="text-2xl font-bold">Ready to learn?</h1>
      </div>
      <ChildSignIn />
    </main>
  );
}
