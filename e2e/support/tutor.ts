import { type Browser, expect, type Page } from "@playwright/test";
import { addChild, childSignIn, familyCode, signUpParent } from "./family";
import { newClientContext } from "./test";

/**
 * Helpers for the tutor specs. The AI specs expect the app to run against the fake Anthropic
 * server (tests/support/fake-anthropic/cli.ts on FAKE_ANTHROPIC_PORT, the app started with
 * ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL pointing at it).
 */

/** A generated item whose answer is 42 ("What is $64 - 22$?"): the fake's "LEAK" reply gives it away. */
export const ITEM_42 = { skill: "math.2.nbt.subtract-within-100", item: "math.2.nbt.subtract-within-100#5" };

export function tutorUrl(target?: { skill: string; item: string }): string {
  if (!target) return "/learn/tutor?subject=math";
  return `/learn/tutor?skill=${encodeURIComponent(target.skill)}&item=${encodeURIComponent(target.item)}`;
}

/** A parent with one child, and that child signed in on a tablet. */
export async function familyWithChild(
  browser: Browser,
  child: { firstName: string; pin: string; ai: boolean; birthYear?: string },
) {
  const parentContext = await newClientContext(browser);
  const parent = await parentContext.newPage();
  await signUpParent(parent);
  await addChild(parent, child);
  const code = await familyCode(parent);

  const childContext = await newClientContext(browser, {
    viewport: { width: 820, height: 1180 },
    hasTouch: true,
  });
  const kid = await childContext.newPage();
  await childSignIn(kid, code, child.firstName, child.pin);
  await expect(kid.getByRole("heading", { name: `Welcome back, ${child.firstName}.` })).toBeVisible();
  return {
    parent,
    child: kid,
    close: async () => {
      await childContext.close();
      await parentContext.close();
    },
  };
}

export async function expectMode(page: Page, mode: "ai" | "offline") {
  await expect(
    page.getByTestId("tutor-mode"),
    mode === "ai"
      ? "the AI tutor needs the app started with ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL pointing at the fake server"
      : "a child without consent must get the offline coach",
  ).toHaveAttribute("data-mode", mode);
}

/** Sends a message and waits until the reply has finished. */
export async function sendMessage(page: Page, text: string) {
  const sent = page.getByTestId("message-child");
  const before = await sent.count();
  await page.getByLabel("Your message").fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  // The message and the busy state appear together; then wait for the reply to finish.
  await expect(sent).toHaveCount(before + 1);
  await expect(page.getByRole("log", { name: "Conversation" })).toHaveAttribute("aria-busy", "false", {
    timeout: 20_000,
  });
}

export function replies(page: Page, role: "tutor" | "coach" | "notice") {
  return page.getByTestId(`message-${role}`);
}

/** The parent's tutor-activity page for a child, found from the dashboard. */
export async function openChildTutorActivity(parent: Page, firstName: string) {
  await parent.goto("/dashboard");
  await parent
    .getByRole("region", { name: "Children" })
    .getByRole("link", { name: new RegExp(firstName) })
    .click();
  await expect(parent.getByRole("heading", { name: firstName, exact: true })).toBeVisible();
  await parent.goto(`${new URL(parent.url()).pathname}/tutor`);
  await expect(parent.getByRole("heading", { name: `${firstName}'s tutor activity` })).toBeVisible();
}
