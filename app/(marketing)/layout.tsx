import { Clarity } from "@/components/marketing/clarity";
import { SiteFooter, SiteHeader } from "@/components/marketing/site-header";

export default function MarketingLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-6 py-10">
        {children}
      </main>
      <SiteFooter />
      <Clarity />
    </>
  );
}
