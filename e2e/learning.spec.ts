import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { addChild, childSignIn, familyCode, signUpParent } from "./support/family";
import { expect, newClientContext, test } from "./support/test";

/**
 * Answers the question on screen through the UI: the first choice of a choice question, or "7"
 * typed into the answer box. Whether it is right does not matter to these tests.
 */
async function answerOnScreen(page: Page, submitLabel: string) {
  const choices = page.getByRole("group", { name: "Choose your answer" });
  if (await choices.isVisible()) {
    await choices.getByRole("button").first().click();
    return;
  }
  await page.getByLabel("Your answer").fill("7");
  await page.getByRole("button", { name: submitLabel }).click();
}

test.describe("learning: diagnostic, practice with hints, and today's plan", () => {
  test("a child takes the diagnostic, practices with hints, and sees today change; the parent sees progress", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const parentContext = await newClientContext(browser);
    const parent = await parentContext.newPage();
    await signUpParent(parent);
    await addChild(parent, { firstName: "Nora", pin: "4926", ai: false, birthYear: "2017" });
    const code = await familyCode(parent);

    const childContext = await newClientContext(browser, {
      viewport: { width: 820, height: 1180 },
      hasTouch: true,
    });
    const child = await childContext.newPage();
    await childSignIn(child, code, "Nora", "4926");
    await expect(child.getByRole("heading", { name: "Welcome back, Nora." })).toBeVisible();

    // Today, before the diagnostic: an invitation to find a starting place, and a plan.
    const diagnosticCard = child.getByTestId("diagnostic-card");
    await expect(diagnosticCard).toBeVisible();
    await expect(child.getByTestId("plan-step").first()).toBeVisible();
    const planBefore = await child.getByTestId("plan-step").allInnerTexts();
    await expectNoAxeViolations(child);

    // The diagnostic, answered through the page: two real answers, then "not yet" throughout.
    await diagnosticCard.getByRole("link", { name: "Let's start" }).click();
    await expect(child.getByRole("heading", { name: "Let's find your starting place" })).toBeVisible();
    await expectNoAxeViolations(child);
    await child.getByRole("button", { name: "Let's start" }).click();

    const done = child.getByRole("heading", { name: "All done. Thank you!" });
    for (let n = 1; n <= 41; n++) {
      const question = child.getByRole("heading", { name: `Question ${n}`, exact: true });
      await expect(question.or(done)).toBeVisible();
      if (await done.isVisible()) break;
      expect(n, "the diagnostic finishes within 40 questions").toBeLessThanOrEqual(40);
      if (n === 1) await expectNoAxeViolations(child);
      if (n <= 2) await answerOnScreen(child, "That's my answer");
      else await child.getByRole("button", { name: "I haven't learned this yet" }).click();
    }
    await expect(done).toBeVisible();
    await expect(done).toBeFocused();
    await expect(child.getByText(/You answered \d+ questions?/)).toBeVisible();
    // No score and no grade for the child.
    await expect(child.getByText(/grade|score|%/i)).toHaveCount(0);
    await expectNoAxeViolations(child);

    // Today has changed: the diagnostic is done and the plan reflects the placement.
    await child.getByRole("link", { name: "See today's plan" }).click();
    await expect(child.getByRole("heading", { name: "Welcome back, Nora." })).toBeVisible();
    await expect(child.getByTestId("diagnostic-card")).toHaveCount(0);
    await expect(child.getByTestId("plan-step").first()).toBeVisible();
    expect(await child.getByTestId("plan-step").allInnerTexts()).not.toEqual(planBefore);

    // Practice: hints one rung at a time, an answer, kind feedback that takes focus, and on.
    const firstStep = child.getByTestId("plan-step").first();
    const skillTitle = ((await firstStep.getByRole("heading").textContent()) ?? "").trim();
    await firstStep.getByRole("link").click();
    await expect(child.getByRole("heading", { name: skillTitle, level: 1 })).toBeVisible();
    await expect(child.getByTestId("question-prompt")).toBeVisible();
    await expect(child.getByRole("progressbar", { name: "How strong this skill is" })).toBeVisible();
    await child.getByRole("button", { name: "Show a hint" }).click();
    const hints = child.getByTestId("hints");
    await expect(hints.getByText("A nudge", { exact: true })).toBeVisible();
    await child.getByRole("button", { name: "Show another hint" }).click();
    await expect(hints.getByText("A hint", { exact: true })).toBeVisible();
    await expectNoAxeViolations(child);

    for (let i = 0; i < 3; i++) {
      await answerOnScreen(child, "Check my answer");
      const feedback = child.getByRole("heading", {
        name: /Yes, that's right!|Not quite\. Let's look at it together\./,
      });
      await expect(feedback).toBeVisible();
      await expect(feedback).toBeFocused();
      if (i === 0) await expectNoAxeViolations(child);
      await child.getByRole("button", { name: "Next question" }).click();
      await expect(feedback).toHaveCount(0);
      await expect(child.getByTestId("question-prompt")).toBeFocused();
      // A new item starts with no hints shown.
      await expect(child.getByTestId("hints")).toHaveCount(0);
    }

    await child.getByRole("link", { name: "Back to today" }).first().click();
    await expect(child.getByRole("heading", { name: "Up next" })).toBeVisible();
    await expect(child.getByTestId("diagnostic-card")).toHaveCount(0);
    await expectNoAxeViolations(child);

    // The parent sees mastery by subject and the session with its active time.
    await parent.goto("/dashboard");
    await parent.getByRole("region", { name: "Children" }).getByRole("link", { name: /Nora/ }).click();
    await expect(parent.getByRole("heading", { name: "Nora" })).toBeVisible();
    await parent.goto(`${new URL(parent.url()).pathname}/progress`);
    await expect(parent.getByRole("heading", { name: "Nora's progress" })).toBeVisible();
    await expect(parent.getByTestId("subject-math")).toBeVisible();
    await expect(parent.getByTestId("session-row").first()).toBeVisible();
    await expect(parent.getByText(/suggests starting at/)).toBeVisible();
    await expectNoAxeViolations(parent);

    await childContext.close();
    await parentContext.close();
  });

  test("practice with an unknown skill, or none, is a calm page, not an error", async ({ browser }) => {
    const parentContext = await newClientContext(browser);
    const parent = await parentContext.newPage();
    await signUpParent(parent);
    await addChild(parent, { firstName: "Otto", pin: "5274", ai: false });
    const code = await familyCode(parent);
    const childContext = await newClientContext(browser);
    const child = await childContext.newPage();
    await childSignIn(child, code, "Otto", "5274");
    await expect(child.getByRole("heading", { name: "Welcome back, Otto." })).toBeVisible();
    for (const path of [
      "/learn/practice?skill=not.a.skill",
      "/learn/practice",
      `/learn/practice?skill=${"x".repeat(500)}`,
    ]) {
      const response = await child.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(child.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible();
      await expect(child.getByRole("link", { name: "See what's on for today" })).toBeVisible();
    }
    await expectNoAxeViolations(child);
    await childContext.close();
    await parentContext.close();
  });
});
