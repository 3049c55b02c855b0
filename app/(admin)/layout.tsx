import type { Metadata } from "next";
import Link from "next/link";
import { signOut } from "@/app/(auth)/actions";
import { requireAdmin } from "@/lib/auth/current";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <nav
          aria-label="Admin"
          className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6"
        >
          <div className="flex items-center gap-3">
            <Link
              href="/admin/audit"
              prefetch={false}
              className="text-2xl font-extrabold tracking-tight text-hearth-800"
            >
              Hearth
            </Link>
            <span className="rounded-full bg-sage-100 px-3 py-1 text-sm font-semibold text-sage-800">
              Admin
            </span>
          </div>
          <ul className="flex flex-wrap items-center gap-5 font-semibold">
            <li>
              <Link href="/admin/audit" prefetch={false} className="hover:underline">
                Audit log
              </Link>
            </li>
            <li>
              <Link href="/dashboard" className="hover:underline">
                Family dashboard
              </Link>
            </li>
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
      <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
        {children}
      </main>
    </>
  );
}
