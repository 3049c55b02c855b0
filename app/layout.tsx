import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import "./globals.css";

// Atkinson Hyperlegible Next: designed for legibility, which young and struggling readers need.
// Self-hosted: the build never downloads fonts.
const atkinson = localFont({
  src: "./fonts/atkinson-hyperlegible-next.woff2",
  variable: "--font-atkinson",
  display: "swap",
  weight: "200 800",
});

export const metadata: Metadata = {
  title: { default: "Hearth", template: "%s · Hearth" },
  description: "A calm, private, AI-assisted learning companion for homeschool families.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fffdf8" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={atkinson.variable}>
      <body className="min-h-dvh font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
