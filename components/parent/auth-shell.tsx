import type { ReactNode } from "react";
import { SiteHeader } from "@/components/marketing/site-header";

export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-6 py-12">
        <h1 className="text-3xl font-extrabold">{title}</h1>
        {children}
      </main>
    </>
  );
}
