import { expectNoAxeViolations } from "./support/axe";
import {
  addChild,
  childSignIn,
  enterPin,
  expectPinRefused,
  familyCode,
  signUpParent,
} from "./support/family";
import { expect, newClientContext, test } from "./support/test";

test.describe("a family from sign-up to a child learning", () => {
  test("a parent signs up, adds two children, and each child signs in with code and PIN", async ({
    browser,
  }) => {
    const parentContext = await newClientContext(browser);
    const parent = await parentContext.newPage();
    await signUpParent(parent);
    await expectNoAxeViolations(parent);
    await addChild(parent, { firstName: "Maya", pin: "3857", ai: true, birthYear: "2016" });
    await addChild(parent, { firstName: "Leo", pin: "5190", ai: false });
    const code = await familyCode(parent);

    for (const [name, pin, aiText] of [
      ["Maya", "3857", "AI tutor"],
      ["Leo", "5190", "offline coach"],
    ] as const) {
      const childContext = await browser.newContext({
        viewport: { width: 820, height: 1180 },
        hasTouch: true,
      });
      const child = await childContext.newPage();
      await childSignIn(child, code, name, pin);
      await expect(child.getByRole("heading", { name: `Welcome back, ${name}.` })).toBeVisible();
      await expect(child.getByTestId("ai-state")).toContainText(aiText);
      await expectNoAxeViolations(child);
      await childContext.close();
    }
    await parentContext.close();
  });

  test("bad input on the add-child form gets clear messages and keeps what was typed", async ({ page }) => {
    await signUpParent(page);
    await page.getByLabel("First name", { exact: true }).fill("Zoë");
    await page.getByLabel("Birth year (optional)").fill("abcd");
    await page.getByLabel("PIN (4 to 6 digits)").fill("1234");
    await page.getByRole("button", { name: "Add child" }).click();
    await expect(page.getByText("Please check the highlighted fields.")).toBeVisible();
    await expect(page.getByText("That PIN is a sequence")).toBeVisible();
    await expect(page.getByText("Please choose whether the AI tutor may be used.")).toBeVisible();
    await expect(page.getByLabel("First name", { exact: true })).toHaveValue("Zoë");
    await expectNoAxeViolations(page);
  });

  test("wrong PINs are refused kindly and then slowed down", async ({ browser }) => {
    const parentContext = await newClientContext(browser);
    const parent = await parentContext.newPage();
    await signUpParent(parent);
    await addChild(parent, { firstName: "Ivy", pin: "7316", ai: false });
    const code = await familyCode(parent);

    const childContext = await newClientContext(browser);
    const child = await childContext.newPage();
    await childSignIn(child, code, "Ivy", "9999");
    await expectPinRefused(child, "That PIN didn't match");
    await enterPin(child, "8888");
    await expectPinRefused(child, "That PIN didn't match");
    await enterPin(child, "7777");
    await expectPinRefused(child, "That PIN didn't match");
    // The fourth try comes too soon after three failures: a pause is asked for, not a guess spent.
    await enterPin(child, "7316");
    await expectPinRefused(child, /Let's pause for \d+ seconds/);

    await parent.goto("/dashboard");
    await parent.getByRole("region", { name: "Children" }).getByRole("link", { name: /Ivy/ }).click();
    await expect(parent.getByRole("heading", { name: "Ivy" })).toBeVisible();
    await childContext.close();
    await parentContext.close();
  });
});
