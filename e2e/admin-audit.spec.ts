import { readFile } from "node:fs/promises";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { addChild, signUpParent } from "./support/family";

/**
 * The admin audit-log viewer (P3, PRODUCT.md §4.7). The server must run with
 * ADMIN_EMAILS=admin@hearth.local; the admin is an ordinary parent account with that email.
 */
const ADMIN_EMAIL = "admin@hearth.local";
const ADMIN_PASSWORD = "an admin's long password";
// Unique per run: the admin account (and its family) may outlive one run on a reused database.
const CHILD_NAME = `Zephyrine${Array.from({ length: 4 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

/** Signs the admin up through the real form, or signs in if the account already exists. */
async function signInAdmin(page: Page) {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(ADMIN_EMAIL);
  await page.getByLabel("Password", { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByLabel("Confirm password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Create family account" }).click();
  const family = page.getByRole("heading", { name: "Your family" });
  const exists = page.getByText("An account with that email already exists.", { exact: false }).first();
  await expect(family.or(exists)).toBeVisible();
  if (await family.isVisible()) return;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ADMIN_EMAIL);
  await page.getByLabel("Password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(family).toBeVisible();
}

function entriesTable(page: Page) {
  return page.getByRole("table", { name: /audit entries/i });
}

test.describe
  .serial("the admin audit-log viewer", () => {
    let admin: BrowserContext;
    let page: Page;

    test.beforeAll(async ({ browser }) => {
      admin = await browser.newContext();
      page = await admin.newPage();
      await signInAdmin(page);
      // A child in the admin's own family, so the log holds child.created: its name must not show.
      await addChild(page, { firstName: CHILD_NAME, pin: "3851", ai: false });
    });

    test.afterAll(async () => {
      await admin?.close();
    });

    test("shows entries with ids and actions, never child content", async () => {
      const response = await page.goto("/admin/audit");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();
      const table = entriesTable(page);
      await expect(table).toBeVisible();
      await expect(table.getByRole("columnheader", { name: "Action" })).toBeVisible();
      await expect(page.getByTestId("audit-action").first()).toBeVisible();
      await expect(
        page.getByTestId("audit-action").filter({ hasText: "child.created" }).first(),
      ).toBeVisible();
      await expect(
        page.getByTestId("audit-action").filter({ hasText: "parent.signed_up" }).first(),
      ).toBeVisible();
      await expect(page.getByText(CHILD_NAME)).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    test("filters by action, and explains bad filters instead of failing", async () => {
      await page.goto("/admin/audit");
      await page.getByLabel("Action", { exact: true }).selectOption("child.created");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/[?&]action=child\.created/);
      const actions = page.getByTestId("audit-action");
      await expect(actions.first()).toBeVisible();
      expect(new Set(await actions.allInnerTexts())).toEqual(new Set(["child.created"]));
      await expect(page.getByLabel("Action", { exact: true })).toHaveValue("child.created");

      const bad = await page.goto("/admin/audit?familyId=not-a-family&from=2025-02-30");
      expect(bad?.status()).toBe(200);
      await expect(page.getByRole("alert").filter({ hasText: "Please check the filters" })).toBeVisible();
      await expect(page.getByText("A family id looks like").first()).toBeVisible();
      await expect(page.getByLabel("Family id")).toHaveValue("not-a-family");
      await expect(entriesTable(page)).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    test("verifies the hash chain and says it is intact", async () => {
      await page.goto("/admin/audit");
      await page.getByRole("button", { name: "Verify chain" }).click();
      await expect(page.getByText(/Chain intact: [\d,]+ entries/)).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("exports the filtered entries as a CSV download", async () => {
      await page.goto("/admin/audit?action=child.created");
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: "Export CSV" }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^hearth-audit-\d{8}-\d{6}\.csv$/);
      const csv = await readFile(await download.path(), "utf8");
      const [header, ...rows] = csv.split("\r\n").filter(Boolean);
      expect(header).toBe(
        "seq,at,family_id,actor_type,actor_id,action,target_type,target_id,detail,ip,request_id",
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toContain(",child.created,");
      expect(csv).not.toContain(CHILD_NAME);

      // Viewing, verifying and exporting are themselves in the trail.
      for (const action of ["admin.audit_viewed", "admin.audit_verified", "admin.audit_exported"]) {
        await page.goto(`/admin/audit?action=${action}`);
        await expect(page.getByTestId("audit-action").filter({ hasText: action }).first()).toBeVisible();
      }
    });

    test("reads well on a phone", async ({ browser }) => {
      const phone = await browser.newContext({
        storageState: await admin.storageState(),
        viewport: { width: 390, height: 844 },
        hasTouch: true,
      });
      const small = await phone.newPage();
      await small.goto("/admin/audit");
      await expect(small.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
      await expect(small.getByRole("button", { name: "Verify chain" })).toBeVisible();
      await expect(entriesTable(small)).toBeAttached();
      // The table scrolls inside its own region; the page itself never scrolls sideways.
      const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(small);
      await phone.close();
    });
  });

test("a parent who is not an admin gets no admin page and no export", async ({ page }) => {
  await signUpParent(page);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Your family" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Audit log" })).toHaveCount(0);
  const exported = await page.request.get("/admin/audit/export", { maxRedirects: 0 });
  expect(exported.status()).toBe(404);
  expect(await exported.text()).not.toContain("seq,at");
});
