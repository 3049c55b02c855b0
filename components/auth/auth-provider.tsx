import type { ReactNode } from "react";
import { serviceModes } from "@/lib/env";

/** Wraps the app in Clerk's provider only when Clerk is configured (no keys → local accounts). */
export async function AuthProvider({ children }: { children: ReactNode }) {
  if (serviceModes().auth !== "clerk") return children;
  const { ClerkProvider } = await import("@clerk/nextjs");
  return <ClerkProvider>{children}</ClerkProvider>;
}
