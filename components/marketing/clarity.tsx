import Script from "next/script";
import { env } from "@/lib/env";

/**
 * Microsoft Clarity behavioural analytics (P13): rendered only by the public marketing layout,
 * and only when NEXT_PUBLIC_CLARITY_ID is set. Never on parent, child or admin pages; a test
 * fails if any other file renders it.
 */
export function Clarity() {
  const id = env().NEXT_PUBLIC_CLARITY_ID;
  if (!id || !/^[a-z0-9]{6,20}$/i.test(id)) return null;
  return (
    <Script id="clarity" strategy="afterInteractive">
      {`(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window,document,"clarity","script","${id}");`}
    </Script>
  );
}
