import { expect, type Page } from "@playwright/test";

let counter = 0;

/** Signs up a new parent through the real form; returns their email. */
export async function signUpParent(page: Page): Promise<string> {
  const email = `parent-${Date.now()}-${counter++}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Confirm password").fill("a long enough password");
  await page.getByRole("button", { name: "Create family account" }).click();
  await expect(page.getByRole("heading", { name: "Your family" })).toBeVisible();
  return email;
}

export async function addChild(
  page: Page,
  child: { firstName: string; pin: string; ai: boolean; birthYear?: string },
) {
  await page.goto("/dashboard");
  await page.getByLabel("First name", { exact: true }).fill(child.firstName);
  if (child.birthYear) await page.getByLabel("Birth year (optional)").fill(child.birthYear);
  await page.getByLabel("PIN (4 to 6 digits)").fill(child.pin);
  await page.getByLabel(child.ai ? "Yes, allow the AI tutor" : "No, use the offline coach only").check();
  await page.getByRole("button", { name: "Add child" }).click();
  await expect(page.getByText(`${child.firstName}'s profile is ready.`)).toBeVisible();
}

export async function familyCode(page: Page): Promise<string> {
  await page.goto("/dashboard");
  const text = await page.getByTestId("family-code").innerText();
  return text.trim();
}

/** Child sign-in with only taps after the code: name button, keypad digits, Go. */
export async function childSignIn(page: Page, code: string, firstName: string, pin: string) {
  await page.goto("/learn");
  await page.getByLabel("Your family code").fill(code);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: firstName }).click();
  await enterPin(page, pin);
}

export async function enterPin(page: Page, pin: string) {
  const keypad = page.getByRole("group", { name: "PIN keypad" });
  for (const digit of pin) await keypad.getByRole("button", { name: digit, exact: true }).click();
  await page.getByRole("button", { name: "Go" }).click();
}

/** After a refused PIN the keypad clears itself; wait for that before typing again. */
export async function expectPinRefused(page: Page, message: string | RegExp) {
  await expect(page.getByText(message)).toBeVisible();
  await expect(page.getByLabel("0 digits entered")).toBeVisible();
}
