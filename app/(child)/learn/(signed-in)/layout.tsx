import Link from "next/link";
import { childSignOut } from "@/app/(child)/learn/actions";
import { requireChild } from "@/lib/auth/current";

export default async function ChildLayout({ children }: { children: React.ReactNode }) {
  const child = await requireChild();
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <nav
          aria-label="Learning"
          className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-4 px-5 py-3"
        >
          <Link href="/learn/today" className="text-2xl font-extrabold text-hearth-800">
            Hearth
          </Link>
          <div className="flex flex-wrap items-center gap-4">
            <Link href="/learn/tutor" className="text-lg font-semibold text-hearth-800 hover:underline">
              Tutor
            </Link>
            <Link href="/learn/my-data" className="text-lg font-semibold text-hearth-800 hover:underline">
              My data
            </Link>
            <span className="text-lg font-semibold">Hi, {child.firstName}</span>
            <form action={childSignOut}>
              <button type="submit" className="rounded-xl border-2 border-stone-300 px-4 py-2 font-semibold">
                I&apos;m done
              </button>
            </form>
          </div>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-5 py-8 text-lg">
        {children}
      </main>
    </>
  );
}
