import Link from "next/link";
import { signOut } from "@/app/(auth)/actions";
import { requireParent } from "@/lib/auth/current";

export default async function ParentLayout({ children }: { children: React.ReactNode }) {
  const parent = await requireParent();
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <nav
          aria-label="Parent"
          className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-6 py-4"
        >
          <Link href="/dashboard" className="text-2xl font-extrabold tracking-tight text-hearth-800">
            Hearth
          </Link>
          <ul className="flex flex-wrap items-center gap-5 font-semibold">
            <li>
              <Link href="/dashboard" className="hover:underline">
                Dashboard
              </Link>
            </li>
            <li>
              <Link href="/mailbox" className="hover:underline">
                Mailbox
              </Link>
            </li>
            <li>
              <Link href="/settings" className="hover:underline">
                Settings
              </Link>
            </li>
            {parent.isAdmin ? (
              <li>
                <Link href="/admin/audit" className="hover:underline">
                  Audit log
                </Link>
              </li>
            ) : null}
            <li>
              <form action={signOut}>
                <button type="submit" className="font-semibold hover:underline">
                  Sign out
                </button>
              </form>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-6 py-10">
        {children}
      </main>
    </>
  );
}
