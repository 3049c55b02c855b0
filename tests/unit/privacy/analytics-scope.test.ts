import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(path.join(dir, e.name))
      : /\.(tsx?|jsx?)$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe("P13 analytics load only on public marketing pages", () => {
  const files = [...walk("app"), ...walk("components")].map((f) => f.split(path.sep).join("/"));

  it("only the marketing layout renders the Clarity component", () => {
    const users = files.filter((f) =>
      /from "@\/components\/marketing\/clarity"/.test(readFileSync(f, "utf8")),
    );
    expect(users).toEqual(["app/(marketing)/layout.tsx"]);
  });

  it("no other file loads an analytics script", () => {
    const offenders = files.filter(
      (f) =>
        f !== "components/marketing/clarity.tsx" &&
        /clarity\.ms|googletagmanager|google-analytics|segment\.com|hotjar/i.test(readFileSync(f, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("the marketing layout wraps only public pages", () => {
    const marketingPages = files.filter((f) => f.startsWith("app/(marketing)/") && f.endsWith("page.tsx"));
    expect(marketingPages.sort()).toEqual([
      "app/(marketing)/page.tsx",
      "app/(marketing)/privacy/page.tsx",
      "app/(marketing)/trust/page.tsx",
    ]);
  });
});
