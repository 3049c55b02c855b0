import { expectNoAxeViolations } from "./support/axe";
import { expect, newClientContext, test } from "./support/test";

test.describe("public pages", () => {
  for (const path of ["/", "/privacy", "/trust", "/learn", "/sign-in", "/sign-up"]) {
    test(`${path} loads and is accessible`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("protected pages send visitors to sign in", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/learn/today");
    await expect(page).toHaveURL(/\/learn$/);
  });

  test("P21 only essential HttpOnly session cookies are set", async ({ page, context }) => {
    await page.goto("/");
    expect(await context.cookies()).toEqual([]);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("parent@hearth.local");
    await page.getByLabel("Password").fill("hearth-demo-parent");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Your family" })).toBeVisible();
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toEqual(["hearth_parent"]);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });
});
