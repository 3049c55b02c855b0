import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white/70">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-6 py-4"
      >
        <Link href="/" className="text-2xl font-extrabold tracking-tight text-hearth-800">
          Hearth
        </Link>
        <ul className="flex flex-wrap items-center gap-5 text-base font-semibold">
          <li>
            <Link href="/learn" className="hover:underline">
              Child sign-in
            </Link>
          </li>
          <li>
            <Link href="/trust" className="hover:underline">
              Our promises
            </Link>
          </li>
          <li>
            <Link href="/sign-in" className="hover:underline">
              Parent sign-in
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-6 px-6 py-8 text-sm text-muted">
        <span>© Hearth</span>
        <Link href="/privacy" className="underline">
          Privacy policy
        </Link>
        <Link href="/trust" className="underline">
          Trust &amp; safety
        </Link>
      </div>
    </footer>
  );
}
